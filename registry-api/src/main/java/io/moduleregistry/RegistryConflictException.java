package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL rolled the call back to resolve a conflict with a concurrent transaction: a deadlock
 * (SQLSTATE 40P01) or a serialization failure (40001, under {@code repeatable read} or {@code
 * serializable} isolation). Nothing was changed. Remedy: retry the call; the conflict is gone once
 * the other transaction has finished ({@link RegistryErrorCode#retryable()} is {@code true}). Inside
 * a transaction of the caller's, the whole transaction is rolled back: retry the transaction.
 *
 * <p>Code {@link RegistryErrorCode#CONFLICT}.
 */
public final class RegistryConflictException extends RegistryException {

  private static final long serialVersionUID = 2L;

  RegistryConflictException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.CONFLICT, message, orgId, moduleId, cause);
  }
}
