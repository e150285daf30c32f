package io.moduleregistry;

import java.util.UUID;

/** The database's applied migrations differ from the ones compiled into this library. */
public final class SchemaMismatchException extends RegistryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param orgId the organization concerned, or {@code null}
   * @param moduleId the module concerned, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public SchemaMismatchException(String message, UUID orgId, String moduleId, Throwable cause) {
    super(message, orgId, moduleId, cause);
  }
}
