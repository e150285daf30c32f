package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one call is about: the values its statement's named {@link Parameter}s are bound from, and
 * the organization and module its errors name. Each operation passes one of these instead of
 * positional arguments, so nothing is passed twice.
 *
 * @param orgId the organization ({@link Parameter#ORG}), or {@code null}
 * @param moduleId the module ({@link Parameter#MODULE}), or {@code null}
 * @param settings settings or a patch as checked JSON object text ({@link Parameter#SETTINGS}), or {@code null}
 * @param definition a catalog entry ({@link Parameter#NAME} and the rest), or {@code null}
 * @param history a page or retention range of the history ({@link History}), or {@code null}
 */
record Target(@Nullable UUID orgId, @Nullable String moduleId, @Nullable String settings,
    @Nullable ModuleDefinition definition, History.@Nullable Range history) {

  /** A call about nothing in particular (the catalog, the schema). */
  static final Target NONE = new Target(null, null, null, null, null);

  static Target module(String moduleId) {
    return new Target(null, moduleId, null, null, null);
  }

  static Target org(UUID orgId) {
    return new Target(orgId, null, null, null, null);
  }

  static Target installation(UUID orgId, String moduleId) {
    return new Target(orgId, moduleId, null, null, null);
  }

  static Target definition(ModuleDefinition definition) {
    return new Target(null, definition.id(), null, definition, null);
  }

  /** The same installation, with settings JSON text (from {@link SettingsCodec#toJsonObject}). */
  Target withSettings(String json) {
    return new Target(orgId, moduleId, json, definition, history);
  }

  /** The history of an organization (all of it, or of one module, where moduleId is not null), in a range. */
  static Target history(@Nullable UUID orgId, @Nullable String moduleId, History.Range range) {
    return new Target(orgId, moduleId, null, null, range);
  }
}
