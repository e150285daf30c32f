package io.moduleregistry;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Settings are not a JSON object that PostgreSQL can store (valid JSON text when given as a {@code
 * String}, at most 64 KiB, no character U+0000), break the module's settings schema (its manifest's
 * {@code settings.schema}: checked before any SQL when the registry was built with the manifests,
 * and by the database for every writer, SQLSTATE MR196, with the same message), or stored settings
 * cannot be read as the requested type. Thrown before any SQL where the settings are the caller's.
 * Remedy: fix the settings (each of {@link #violations()}), or ask for a type that fits them.
 *
 * <p>Code {@link RegistryErrorCode#INVALID_SETTINGS}.
 */
public final class InvalidSettingsException extends RegistryException {

  private static final long serialVersionUID = 3L;

  private final List<String> violations;

  InvalidSettingsException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    this(message, orgId, moduleId, cause, List.of());
  }

  InvalidSettingsException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause,
      List<String> violations) {
    super(RegistryErrorCode.INVALID_SETTINGS, message, orgId, moduleId, cause);
    this.violations = List.copyOf(violations);
  }

  /**
   * Every way the settings break the module's settings schema, each {@code '<JSON pointer>' violates
   * <keyword>} (such as {@code '/rounding' violates type}), sorted by pointer then keyword.
   *
   * @return the violations; empty when the settings were refused for another reason (not an
   *     object, too large, not readable as the type asked)
   */
  public List<String> violations() {
    return violations;
  }
}
