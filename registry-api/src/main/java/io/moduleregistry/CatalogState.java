package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The catalog, its requirements and one organization's installations, as the caller sees them
 * ({@code module_registry.plan_state}, one round trip); what plans and catalog syncs are computed from.
 *
 * @param versions module id to catalog version, ordered by id
 * @param active the catalog's active modules
 * @param requires module id to (required id to range)
 * @param installed the organization's installed modules to whether each is enabled
 * @param visible whether the caller sees the organization
 * @param admin whether the caller owns or administers it
 */
record CatalogState(Map<String, String> versions, Set<String> active, Map<String, Map<String, String>> requires,
    Map<String, Boolean> installed, boolean visible, boolean admin) {

  static CatalogState read(JsonNode state) {
    Map<String, String> versions = new TreeMap<>();
    Set<String> active = new HashSet<>();
    for (JsonNode m : state.path("modules")) {
      versions.put(m.get(0).asText(), m.get(1).asText());
      if (m.get(2).asBoolean()) {
        active.add(m.get(0).asText());
      }
    }
    Map<String, Map<String, String>> requires = new HashMap<>();
    for (JsonNode r : state.path("requirements")) {
      requires.computeIfAbsent(r.get(0).asText(), k -> new TreeMap<>()).put(r.get(1).asText(), r.get(2).asText());
    }
    Map<String, Boolean> installed = new LinkedHashMap<>();
    for (JsonNode i : state.path("installed")) {
      installed.put(i.get(0).asText(), i.get(1).asBoolean());
    }
    return new CatalogState(versions, active, requires, installed, state.path("visible").asBoolean(),
        state.path("admin").asBoolean());
  }

  Map<String, String> requirementsOf(String moduleId) {
    return requires.getOrDefault(moduleId, Map.of());
  }

  /**
   * Every module of the catalog, requirements before the modules that need them, ties by id: the
   * order plans install in (and, reversed, remove in). A cycle (the database refuses them) is cut.
   */
  List<String> dependencyOrder() {
    List<String> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String id : new TreeSet<>(versions.keySet())) {
      visit(id, seen, order);
    }
    return order;
  }

  private void visit(String id, Set<String> seen, List<String> order) {
    if (!seen.add(id)) {
      return;
    }
    for (String required : requirementsOf(id).keySet()) {
      visit(required, seen, order);
    }
    order.add(id);
  }
}
