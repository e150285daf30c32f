package io.moduleregistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Jackson at the edges: settings in (checked before any SQL), settings and claims out. */
final class SettingsCodec {

  /** The database's limit on settings (org_modules_settings_size), checked here first. */
  static final int MAX_SETTINGS_BYTES = 64 * 1024;

  private final ObjectMapper mapper;

  SettingsCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Serializes settings or a patch, insisting on a JSON object of at most 64 KiB, and returns the
   * JSON text that is bound as the statement's {@code jsonb} parameter: one serialization per call.
   */
  String toJsonObject(Object value, String what, UUID orgId, String moduleId) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null (use an empty map or object for none)");
    }
    String json;
    try {
      json = mapper.writeValueAsString(value);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidSettingsException(what + " for module '" + moduleId + "' in organization " + orgId
          + " cannot be serialized by Jackson: " + e.getMessage(), orgId, moduleId, e);
    }
    if (!json.startsWith("{")) {
      throw new InvalidSettingsException(what + " for module '" + moduleId + "' in organization " + orgId
          + " must serialize to a JSON object, not " + parse(json).getNodeType(), orgId, moduleId, null);
    }
    int size = json.getBytes(StandardCharsets.UTF_8).length;
    if (size > MAX_SETTINGS_BYTES) {
      throw new InvalidSettingsException(what + " for module '" + moduleId + "' in organization " + orgId + " are "
          + size + " bytes as JSON; at most " + MAX_SETTINGS_BYTES + " are allowed", orgId, moduleId, null);
    }
    return json;
  }

  /** Reads stored settings as the caller's type. */
  <T> T read(JsonNode settings, Class<T> type, UUID orgId, String moduleId) {
    try {
      return mapper.treeToValue(settings, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidSettingsException("the settings of module '" + moduleId + "' in organization " + orgId
          + " cannot be read as " + type.getName() + ": " + e.getMessage(), orgId, moduleId, e);
    }
  }

  /** Parses JSON text from the database. */
  JsonNode parse(String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the database returned malformed JSON", e);
    }
  }

  /** Checks caller-supplied JWT claims: a JSON object whose "sub" is a UUID. Returns the sub. */
  UUID claimsSubject(String claimsJson) {
    if (claimsJson == null) {
      throw new NullPointerException("claims must not be null");
    }
    JsonNode claims;
    try {
      claims = mapper.readTree(claimsJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("claims are not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (claims == null || !claims.isObject()) {
      throw new IllegalArgumentException("claims must be a JSON object with a \"sub\" UUID, got "
          + (claims == null ? "nothing" : claims.getNodeType()));
    }
    JsonNode sub = claims.get("sub");
    if (sub == null || !sub.isTextual()) {
      throw new IllegalArgumentException("claims must carry \"sub\", the user's UUID, as a string");
    }
    try {
      UUID id = UUID.fromString(sub.asText());
      if (id.toString().equalsIgnoreCase(sub.asText())) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException("claims \"sub\" is not a UUID: '" + sub.asText() + "'");
  }
}
