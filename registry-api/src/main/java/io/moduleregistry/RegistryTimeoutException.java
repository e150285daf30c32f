package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The call took longer than the database allows: {@code statement_timeout} cancelled it (SQLSTATE
 * 57014), or {@code lock_timeout} gave up waiting for a row another transaction holds (55P03).
 * Nothing was changed. Remedy: retry later, when the load or the other transaction is gone ({@link
 * RegistryErrorCode#retryable()} is {@code true}); if it keeps happening, find the long
 * transaction holding the lock or raise the timeout for the login role.
 *
 * <p>Code {@link RegistryErrorCode#TIMEOUT}.
 */
public final class RegistryTimeoutException extends RegistryException {

  private static final long serialVersionUID = 2L;

  RegistryTimeoutException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.TIMEOUT, message, orgId, moduleId, cause);
  }
}
