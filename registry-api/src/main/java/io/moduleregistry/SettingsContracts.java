package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The settings contracts of the manifests a registry was built with ({@link
 * ModuleRegistry.Builder#manifests}), checked before any SQL: the same verdict and message as the
 * database's trigger ({@code module_registry.apply_settings_contract}, MR196), which stays the final
 * judge (a manifest newer or older than the catalog makes the database's verdict the one that counts).
 */
final class SettingsContracts {

  static final SettingsContracts NONE = new SettingsContracts(Map.of());

  private record Contract(SettingsSchema schema, ObjectNode defaults) {}

  private final Map<String, Contract> byModule;

  private SettingsContracts(Map<String, Contract> byModule) {
    this.byModule = byModule;
  }

  /** The contracts of the manifests that have a schema, each compiled once. */
  static SettingsContracts of(Collection<ModuleManifest> manifests) {
    Map<String, Contract> contracts = new HashMap<>();
    for (ModuleManifest manifest : manifests) {
      JsonNode schema = manifest.settingsSchema();
      if (schema != null) {
        contracts.put(manifest.id(), new Contract(SettingsSchema.of(schema), manifest.settingsDefaults()));
      }
    }
    return contracts.isEmpty() ? NONE : new SettingsContracts(Map.copyOf(contracts));
  }

  /**
   * Refuses settings the module's schema refuses, as the database would store them: on install
   * the defaults merged under them first (RFC 7396), as the trigger does.
   *
   * @throws InvalidSettingsException with the database's message, naming every violation
   */
  void check(UUID orgId, String moduleId, JsonNode settings, boolean install) {
    Contract contract = byModule.get(moduleId);
    if (contract == null) {
      return;
    }
    JsonNode stored = install && !contract.defaults().isEmpty() ? mergePatch(contract.defaults(), settings) : settings;
    List<String> violations = contract.schema().violations(stored);
    if (!violations.isEmpty()) {
      throw new InvalidSettingsException(SettingsSchema.message(moduleId, orgId, violations), orgId, moduleId, null,
          violations);
    }
  }

  /** Whether any module has a contract here (no parse of the settings is needed otherwise). */
  boolean covers(String moduleId) {
    return byModule.containsKey(moduleId);
  }

  /** RFC 7396: object members merge recursively, null removes a member, anything else replaces. */
  static JsonNode mergePatch(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
    patch.fields().forEachRemaining(member -> {
      if (member.getValue().isNull()) {
        result.remove(member.getKey());
      } else {
        result.set(member.getKey(), mergePatch(result.path(member.getKey()), member.getValue()));
      }
    });
    return result;
  }
}
