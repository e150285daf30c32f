package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A module as code: what a manifest file ({@code module-registry/modules/<id>.json}, format in
 * {@code module-manifest.schema.json} next to this class, README "Modules that need modules") says
 * about one module. Read with {@link ModuleManifests}; registered with {@link
 * ServiceScope#syncCatalog(java.util.Collection)}.
 *
 * @param id the module's slug
 * @param name display name, not blank, at most 200 characters
 * @param description optional, at most 2000 characters
 * @param version a semantic version such as {@code 1.4.0}
 * @param requires the modules it needs, by id, each with a version range such as {@code ^1.2},
 *     {@code ~1.4}, {@code >=2.0.0 <3} or {@code *}; ordered by id
 * @param settings the module's settings contract, or {@code null} for none: an object with the
 *     optional members {@code schema} (a JSON Schema of the subset README "Settings contracts"
 *     documents, with {@code "type": "object"} at its root) and {@code defaults} (an object that
 *     validates against it, applied on install under the settings given). Stored in the catalog by
 *     {@link ServiceScope#syncCatalog} and held for every writer by the database
 */
public record ModuleManifest(String id, String name, @Nullable String description, String version,
    Map<String, String> requires, @Nullable JsonNode settings) {

  /**
   * Checks every field and reports every problem at once.
   *
   * @throws InvalidCatalogException naming each field that breaks its rule: fix them
   */
  public ModuleManifest {
    List<String> problems = new ArrayList<>();
    check(id, name, description, version, requires, settings, "manifest '" + id + "'", problems);
    if (!problems.isEmpty()) {
      throw InvalidCatalogException.of(problems);
    }
    requires = Collections.unmodifiableMap(new java.util.TreeMap<>(requires));
    settings = settings == null ? null : settings.deepCopy();
  }

  /**
   * A manifest without description, requirements or settings.
   *
   * @param id the slug
   * @param name the display name
   * @param version a semantic version
   * @param requires module id to version range, e.g. {@code Map.of("crm", "^1.2")}
   * @return the manifest
   * @throws InvalidCatalogException naming each problem
   */
  public static ModuleManifest of(String id, String name, String version, Map<String, String> requires) {
    return new ModuleManifest(id, name, null, version, requires, null);
  }

  /**
   * The JSON Schema every organization's settings of this module must validate against.
   *
   * @return a copy of {@code settings.schema}, or {@code null} when the manifest has no contract
   *     (any JSON object is accepted, as without manifests)
   */
  public @Nullable JsonNode settingsSchema() {
    JsonNode schema = settings == null ? null : settings.get("schema");
    return schema == null || schema.isNull() ? null : schema.deepCopy();
  }

  /**
   * The settings an installation starts with: {@code install} merges the settings given over them
   * (RFC 7396: a member given wins, a member given as {@code null} removes the default).
   *
   * @return a copy of {@code settings.defaults}, or an empty object when it has none
   */
  public ObjectNode settingsDefaults() {
    JsonNode defaults = settings == null ? null : settings.get("defaults");
    return defaults instanceof ObjectNode object ? object.deepCopy() : JsonNodeFactory.instance.objectNode();
  }

  /**
   * The catalog entry this manifest registers.
   *
   * @return id, name, description and version
   */
  public ModuleDefinition definition() {
    return new ModuleDefinition(id, name, description, version);
  }

  /** Every problem of the fields, each prefixed with {@code where}; shared with the reader. */
  static void check(@Nullable String id, @Nullable String name, @Nullable String description, @Nullable String version,
      @Nullable Map<String, String> requires, @Nullable JsonNode settings, String where, List<String> problems) {
    if (id == null) {
      problems.add(where + ": id is missing");
    } else {
      catching(() -> ModuleIds.requireSlug(id), where + ": id", problems);
    }
    if (name == null) {
      problems.add(where + ": name is missing");
    }
    if (version == null) {
      problems.add(where + ": version is missing");
    }
    if (id != null && name != null && version != null) {
      // the catalog entry's own rules, each reported (ModuleDefinition stops at the first)
      catching(() -> new ModuleDefinition("x", name, null, "1.0.0"), where + ": name", problems);
      catching(() -> new ModuleDefinition("x", "x", description, "1.0.0"), where + ": description", problems);
      catching(() -> SemVer.version(version), where + ": version", problems);
    }
    if (requires == null) {
      problems.add(where + ": requires must be an object (use {} for none)");
      return;
    }
    for (Map.Entry<String, String> requirement : new LinkedHashMap<>(requires).entrySet()) {
      String required = requirement.getKey();
      String at = where + ": requires." + required;
      if (required == null) {
        problems.add(where + ": requires has a null module id");
        continue;
      }
      catching(() -> ModuleIds.requireSlug(required), at, problems);
      if (required.equals(id)) {
        problems.add(at + ": a module cannot require itself");
      }
      if (requirement.getValue() == null) {
        problems.add(at + ": the version range is missing (use * for any version)");
      } else {
        catching(() -> SemVer.range(requirement.getValue()), at, problems);
      }
    }
    if (settings != null && !settings.isNull()) {
      checkSettings(settings, where + ": settings", problems);
    }
  }

  /**
   * The settings contract's problems: a schema outside the subset (each keyword named where it
   * stands, in the database's words) and defaults that break it (each violation).
   */
  private static void checkSettings(JsonNode settings, String where, List<String> problems) {
    if (!settings.isObject()) {
      problems.add(where + " must be an object with the members schema and defaults");
      return;
    }
    JsonNode schema = settings.get("schema");
    JsonNode defaults = settings.get("defaults");
    if (defaults != null && !defaults.isNull() && !defaults.isObject()) {
      problems.add(where + ".defaults must be a JSON object");
      defaults = null;
    }
    if (schema == null || schema.isNull()) {
      return;
    }
    if (!schema.isObject() || !"object".equals(schema.path("type").textValue())) {
      problems.add(where + ".schema must be a JSON Schema object with \"type\": \"object\" at its root (settings are"
          + " always an object)");
      if (!schema.isObject()) {
        return;
      }
    }
    List<String> schemaProblems = SettingsSchema.problems(schema);
    schemaProblems.forEach(p -> problems.add(where + ".schema: " + p));
    if (schemaProblems.isEmpty() && defaults != null && !defaults.isNull()) {
      SettingsSchema.of(schema).violations(defaults).forEach(v -> problems.add(where + ".defaults: " + v));
    }
  }

  private static void catching(Runnable check, String at, List<String> problems) {
    try {
      check.run();
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(at + ": " + e.getMessage());
    }
  }
}
