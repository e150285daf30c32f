package io.moduleregistry;

import java.util.UUID;

/** The module is still installed somewhere and cannot be deleted from the catalog; deactivate it instead. */
public final class ModuleInUseException extends RegistryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param orgId the organization concerned, or {@code null}
   * @param moduleId the module concerned, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public ModuleInUseException(String message, UUID orgId, String moduleId, Throwable cause) {
    super(message, orgId, moduleId, cause);
  }
}
