package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@link ModuleRegistry#verifySchema()}: the database's applied migrations differ from the ones
 * compiled into this library. Remedy: run {@code RegistrySchema.migrate(dataSource)} as the database
 * owner, or upgrade the library when the database is ahead.
 *
 * <p>Code {@link RegistryErrorCode#SCHEMA_MISMATCH}.
 */
public final class SchemaMismatchException extends RegistryException {

  private static final long serialVersionUID = 2L;

  SchemaMismatchException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.SCHEMA_MISMATCH, message, orgId, moduleId, cause);
  }
}
