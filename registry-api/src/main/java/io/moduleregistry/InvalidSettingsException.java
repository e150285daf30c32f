package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Settings are not a JSON object that PostgreSQL can store (valid JSON text when given as a {@code
 * String}, at most 64 KiB, no character U+0000), or stored settings cannot be read as the requested
 * type. Thrown before any SQL where the settings are the caller's. Remedy: fix the settings, or ask
 * for a type that fits them.
 *
 * <p>Code {@link RegistryErrorCode#INVALID_SETTINGS}.
 */
public final class InvalidSettingsException extends RegistryException {

  private static final long serialVersionUID = 2L;

  InvalidSettingsException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.INVALID_SETTINGS, message, orgId, moduleId, cause);
  }
}
