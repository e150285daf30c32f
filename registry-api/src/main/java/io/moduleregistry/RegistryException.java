package io.moduleregistry;

import java.util.UUID;

/**
 * Base of every exception {@link ModuleRegistry} throws. Unchecked; each subclass names what
 * happened, and its message names the organization, the module and what to do.
 */
public class RegistryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient UUID orgId;
  private final String moduleId;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param orgId the organization concerned, or {@code null}
   * @param moduleId the module concerned, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  protected RegistryException(String message, UUID orgId, String moduleId, Throwable cause) {
    super(message, cause);
    this.orgId = orgId;
    this.moduleId = moduleId;
  }

  /** The organization concerned, or {@code null} when the failure is not about one. */
  public UUID orgId() {
    return orgId;
  }

  /** The module concerned, or {@code null} when the failure is not about one. */
  public String moduleId() {
    return moduleId;
  }
}
