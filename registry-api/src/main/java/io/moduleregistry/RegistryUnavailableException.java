package io.moduleregistry;

import java.util.UUID;

/** The database could not be reached or the connection failed; the call changed nothing and may be retried. */
public final class RegistryUnavailableException extends RegistryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param orgId the organization concerned, or {@code null}
   * @param moduleId the module concerned, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public RegistryUnavailableException(String message, UUID orgId, String moduleId, Throwable cause) {
    super(message, orgId, moduleId, cause);
  }
}
