package io.moduleregistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a catalog sync would make of the catalog, checked before any write, every problem named: a
 * module registered twice, a requirement on a module in neither the set nor the catalog, a range the
 * required module's version (as it would be) misses, also for modules already in the catalog that
 * require one the set re-versions, and every cycle. The database checks the same at commit.
 */
final class CatalogCheck {

  private CatalogCheck() {}

  static List<String> problems(List<ModuleManifest> manifests, CatalogState current) {
    Set<String> problems = new LinkedHashSet<>();
    Map<String, String> versions = new TreeMap<>(current.versions());
    Map<String, Map<String, String>> requires = new TreeMap<>(current.requires());
    Set<String> synced = new HashSet<>();
    for (ModuleManifest m : manifests) {
      if (!synced.add(m.id())) {
        problems.add("module '" + m.id() + "' is in the set twice; register each module once");
      }
      versions.put(m.id(), m.version());
      requires.put(m.id(), m.requires());
    }
    for (Map.Entry<String, Map<String, String>> module : requires.entrySet()) {
      for (Map.Entry<String, String> requirement : module.getValue().entrySet()) {
        String required = requirement.getKey();
        String version = versions.get(required);
        String who = synced.contains(module.getKey()) ? "module '" + module.getKey() + "'"
            : "module '" + module.getKey() + "' (in the catalog, not in this set)";
        if (version == null) {
          problems.add(who + " requires '" + required + "', which is neither in this set nor in the catalog");
        } else if (!SemVer.range(requirement.getValue()).satisfiedBy(SemVer.version(version))) {
          problems.add(who + " requires '" + required + "' " + requirement.getValue() + ", but its version would be "
              + version);
        }
      }
    }
    cycles(requires, problems);
    return new ArrayList<>(problems);
  }

  /** Every cycle, once each, as {@code a -> b -> a}. */
  private static void cycles(Map<String, Map<String, String>> requires, Set<String> problems) {
    Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
    for (String start : requires.keySet()) {
      walk(start, requires, state, new ArrayList<>(), problems);
    }
  }

  private static void walk(String id, Map<String, Map<String, String>> requires, Map<String, Integer> state,
      List<String> path, Set<String> problems) {
    Integer seen = state.get(id);
    if (seen != null) {
      if (seen == 1) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
        cycle.add(id);
        problems.add("requirements form a cycle: " + String.join(" -> ", cycle));
      }
      return;
    }
    state.put(id, 1);
    path.add(id);
    for (String required : requires.getOrDefault(id, Map.of()).keySet()) {
      walk(required, requires, state, path, problems);
    }
    path.remove(path.size() - 1);
    state.put(id, 2);
  }
}
