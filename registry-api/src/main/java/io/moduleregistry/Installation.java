package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A module installed in an organization.
 *
 * @param orgId the organization
 * @param moduleId the module's slug
 * @param enabled whether it is switched on for the organization
 * @param installedAt when it was installed
 * @param settings its settings, always a JSON object (a private copy: changing it changes nothing)
 */
public record Installation(UUID orgId, String moduleId, boolean enabled, OffsetDateTime installedAt, JsonNode settings) {

  /**
   * Rejects nulls and settings that are not a JSON object; copies the settings.
   *
   * @throws NullPointerException naming the component that is {@code null}: pass a value
   * @throws IllegalArgumentException if the settings are not a JSON object: pass an {@code ObjectNode}
   */
  public Installation {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(moduleId, "moduleId");
    Objects.requireNonNull(installedAt, "installedAt");
    Objects.requireNonNull(settings, "settings");
    if (!(settings instanceof ObjectNode)) {
      throw new IllegalArgumentException("settings must be a JSON object, got " + settings.getNodeType());
    }
    settings = settings.deepCopy();
  }

  /**
   * A copy of the settings, so callers cannot change this record's.
   *
   * @return the settings, always a JSON object
   */
  @Override
  public JsonNode settings() {
    return settings.deepCopy();
  }
}
