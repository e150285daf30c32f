package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A write reached a database that accepts only reads (SQLSTATE 25006): a standby or read replica,
 * or {@code default_transaction_read_only} is on. Nothing was changed. Remedy: point the data source
 * at the primary (pgjdbc's {@code targetServerType=primary} with several hosts); retrying over the
 * same data source does not help ({@link RegistryErrorCode#retryable()} is {@code false}).
 *
 * <p>Code {@link RegistryErrorCode#READ_ONLY}.
 */
public final class RegistryReadOnlyException extends RegistryException {

  private static final long serialVersionUID = 2L;

  RegistryReadOnlyException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.READ_ONLY, message, orgId, moduleId, cause);
  }
}
