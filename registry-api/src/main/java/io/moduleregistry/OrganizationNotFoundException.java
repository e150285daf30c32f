package io.moduleregistry;

import java.util.UUID;

/** The organization does not exist (reported to the service; users get {@link AccessDeniedException} instead, so they learn nothing about other organizations). */
public final class OrganizationNotFoundException extends RegistryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param orgId the organization concerned, or {@code null}
   * @param moduleId the module concerned, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public OrganizationNotFoundException(String message, UUID orgId, String moduleId, Throwable cause) {
    super(message, orgId, moduleId, cause);
  }
}
