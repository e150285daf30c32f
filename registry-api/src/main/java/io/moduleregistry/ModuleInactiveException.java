package io.moduleregistry;

import java.util.UUID;

/** The module is deactivated in the catalog and cannot be installed; activate it first. */
public final class ModuleInactiveException extends RegistryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param orgId the organization concerned, or {@code null}
   * @param moduleId the module concerned, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public ModuleInactiveException(String message, UUID orgId, String moduleId, Throwable cause) {
    super(message, orgId, moduleId, cause);
  }
}
