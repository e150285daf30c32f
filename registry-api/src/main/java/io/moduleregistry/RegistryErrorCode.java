package io.moduleregistry;

/**
 * Why a {@link RegistryException} was thrown, for programs: switch on {@link
 * RegistryException#code()} (as on Flyway's {@code ErrorCode} or OpenFeature's error codes) rather
 * than on messages, which are for people and may change. Each constant says whether retrying the
 * same call can help ({@link #retryable()}); no failed call changed anything, so a retry is always
 * safe, only not always useful.
 */
public enum RegistryErrorCode {

  /** The module is not in the catalog. Retry does not help: register it first ({@code ServiceScope.registerModule}). */
  MODULE_NOT_FOUND(false),

  /** The service installed into an organization that does not exist. Retry does not help: create the organization first. */
  ORGANIZATION_NOT_FOUND(false),

  /** The module is not installed in the organization, or the caller cannot see it. Retry does not help: install it first. */
  MODULE_NOT_INSTALLED(false),

  /** {@code install} of a module that is installed already. Retry does not help: enable it or change its settings instead. */
  MODULE_ALREADY_INSTALLED(false),

  /** {@code install} of a module deactivated in the catalog. Retry does not help: activate it first ({@code ServiceScope.activateModule}). */
  MODULE_INACTIVE(false),

  /** {@code deleteModule} of a module installed somewhere. Retry does not help: deactivate it instead, or uninstall it everywhere. */
  MODULE_IN_USE(false),

  /** The caller sees the organization but is not its owner or admin. Retry does not help: act as an owner or admin, or as the service. */
  ACCESS_DENIED(false),

  /** Settings are not a JSON object that PostgreSQL can store (at most 64 KiB, no U+0000), or not readable as the asked type. Retry does not help: fix the settings or the type. */
  INVALID_SETTINGS(false),

  /** {@code verifySchema()}: the database's migrations differ from the library's. Retry does not help: migrate the database, or upgrade the library. */
  SCHEMA_MISMATCH(false),

  /** The database could not be reached, or the connection broke. Retry helps: nothing was changed, try again when it is back. */
  UNAVAILABLE(true),

  /**
   * Any other database error: the message names the organization, the module and the SQLSTATE, and
   * the cause is the driver's {@code SQLException}. Retry is not known to help: read the SQLSTATE.
   */
  UNEXPECTED(false);

  private final boolean retryable;

  RegistryErrorCode(boolean retryable) {
    this.retryable = retryable;
  }

  /**
   * Whether repeating the same call, unchanged, can succeed.
   *
   * @return {@code true} only for {@link #UNAVAILABLE}
   */
  public boolean retryable() {
    return retryable;
  }
}
