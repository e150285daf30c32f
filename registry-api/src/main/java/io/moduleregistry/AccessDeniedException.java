package io.moduleregistry;

import java.util.UUID;

/** Row-level security refused the write: the caller may see the organization's installations but is not an owner or admin of it. */
public final class AccessDeniedException extends RegistryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param orgId the organization concerned, or {@code null}
   * @param moduleId the module concerned, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public AccessDeniedException(String message, UUID orgId, String moduleId, Throwable cause) {
    super(message, orgId, moduleId, cause);
  }
}
