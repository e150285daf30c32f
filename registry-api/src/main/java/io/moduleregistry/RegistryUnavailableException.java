package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The database could not be reached (down, restarting, shutting down: SQLSTATE 08xxx, 57P01-57P03;
 * out of connections: 53300; or the pool timed out waiting for a connection), or the connection
 * broke during a read (after one transparent retry on a fresh connection) or before a write was
 * sent. The call changed nothing. Remedy: retry when the database is back ({@link
 * RegistryErrorCode#retryable()} is {@code true}). A write whose connection broke after it was sent
 * is {@link RegistryOutcomeUnknownException} instead.
 *
 * <p>Code {@link RegistryErrorCode#UNAVAILABLE}.
 */
public final class RegistryUnavailableException extends RegistryException {

  private static final long serialVersionUID = 2L;

  RegistryUnavailableException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.UNAVAILABLE, message, orgId, moduleId, cause);
  }
}
