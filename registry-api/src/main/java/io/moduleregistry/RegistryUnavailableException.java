package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The database could not be reached or the connection failed. The call changed nothing. Remedy:
 * retry when the database is back ({@link RegistryErrorCode#retryable()} is {@code true}).
 *
 * <p>Code {@link RegistryErrorCode#UNAVAILABLE}.
 */
public final class RegistryUnavailableException extends RegistryException {

  private static final long serialVersionUID = 2L;

  RegistryUnavailableException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.UNAVAILABLE, message, orgId, moduleId, cause);
  }
}
