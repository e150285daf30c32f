package io.moduleregistry;

import java.util.UUID;

/** Settings are not a JSON object, are larger than 64 KiB, or cannot be read as the requested type. */
public final class InvalidSettingsException extends RegistryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param orgId the organization concerned, or {@code null}
   * @param moduleId the module concerned, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public InvalidSettingsException(String message, UUID orgId, String moduleId, Throwable cause) {
    super(message, orgId, moduleId, cause);
  }
}
