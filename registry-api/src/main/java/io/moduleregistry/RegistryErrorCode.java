package io.moduleregistry;

/**
 * Why a {@link RegistryException} was thrown, for programs: switch on {@link
 * RegistryException#code()} (as on Flyway's {@code ErrorCode} or OpenFeature's error codes) rather
 * than on messages, which are for people and may change. Each constant says whether retrying the
 * same call can help ({@link #retryable()}). A failed call changed nothing, so a retry is safe,
 * only not always useful; the one exception is {@link #OUTCOME_UNKNOWN}, where a write may have
 * been applied: read first, then decide.
 *
 * <p>Which SQLSTATE becomes which code: 08xxx (connection failures), 53300 (too many
 * connections), 57P01/57P02/57P03 (server shutting down or starting) are {@link #UNAVAILABLE},
 * except when a write's connection broke after the write was sent, which is {@link
 * #OUTCOME_UNKNOWN}; 40001 and 40P01 are {@link #CONFLICT}; 57014 and 55P03 are {@link #TIMEOUT};
 * 25006 is {@link #READ_ONLY}. A read whose connection broke is retried once on a fresh connection
 * before any of this is reported; a write never is.
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

  /**
   * Module manifests or the catalog they would make are invalid: malformed, a requirement on a missing
   * module or one no registered version satisfies, a cycle ({@link InvalidCatalogException}, every
   * problem named). Retry does not help: fix the manifests.
   */
  INVALID_CATALOG(false),

  /**
   * A module's requirements are not installed, enabled, active and in range in the organization
   * ({@link RequirementsException}). Retry does not help: install or enable them first, or use a plan.
   */
  REQUIREMENTS_UNMET(false),

  /**
   * The module is needed by enabled modules (the dependents, named in {@link RequirementsException}).
   * Retry does not help: disable or uninstall the dependents first.
   */
  REQUIRED_BY_DEPENDENTS(false),

  /** {@code verifySchema()}: the database's migrations differ from the library's. Retry does not help: migrate the database, or upgrade the library. */
  SCHEMA_MISMATCH(false),

  /**
   * The database could not be reached (down, restarting, shutting down, out of connections), or the
   * connection broke before a write was sent or during a read. Retry helps: nothing was changed, try
   * again when it is back.
   */
  UNAVAILABLE(true),

  /**
   * A write was sent and its connection broke before PostgreSQL answered: it may or may not have
   * been applied. Retry does not blindly help: read the state, then repeat the write only if it did
   * not happen ({@link RegistryOutcomeUnknownException}).
   */
  OUTCOME_UNKNOWN(false),

  /** A deadlock (40P01) or serialization failure (40001) rolled the call back. Retry helps: nothing was changed. */
  CONFLICT(true),

  /** A statement timeout (57014) or lock timeout (55P03) stopped the call. Retry helps, later: nothing was changed. */
  TIMEOUT(true),

  /**
   * The database only accepts reads (25006: a standby, a read replica, or {@code
   * default_transaction_read_only}). Retry does not help: connect to the primary. Nothing was changed.
   */
  READ_ONLY(false),

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
   * @return {@code true} for {@link #UNAVAILABLE}, {@link #CONFLICT} and {@link #TIMEOUT}
   */
  public boolean retryable() {
    return retryable;
  }
}
