package io.moduleregistry;

import java.util.UUID;

/** The module is not installed in the organization, or the caller cannot see that organization's installations. */
public final class ModuleNotInstalledException extends RegistryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param orgId the organization concerned, or {@code null}
   * @param moduleId the module concerned, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public ModuleNotInstalledException(String message, UUID orgId, String moduleId, Throwable cause) {
    super(message, orgId, moduleId, cause);
  }
}
