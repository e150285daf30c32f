package io.moduleregistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Computes a {@link Plan} from a {@link CatalogState}: the state the changes lead to (requirements
 * added, dependents removed, transitively), then the steps from the present state to it in
 * dependency order, or every problem found on the way. Pure: no SQL.
 */
final class Planner {

  private final UUID orgId;
  private final CatalogState state;
  /** Target: module to enabled, for every module installed after the plan. */
  private final Map<String, Boolean> target;
  /** Modules a change removes or disables, so that an add needing one of them is a problem. */
  private final Set<String> removed = new HashSet<>();
  private final Set<String> problems = new LinkedHashSet<>();

  private Planner(UUID orgId, CatalogState state) {
    this.orgId = orgId;
    this.state = state;
    this.target = new LinkedHashMap<>(state.installed());
  }

  static Plan plan(UUID orgId, CatalogState state, boolean service, List<ModuleChange> changes) {
    Planner planner = new Planner(orgId, state);
    if (!state.visible()) {
      planner.problems.add("organization " + orgId + (service ? " does not exist" : " does not exist or you are not"
          + " a member of it"));
    } else if (!service && !state.admin()) {
      planner.problems.add("you are not an owner or admin of organization " + orgId + ", so you may not change its"
          + " modules");
    }
    // removals first, so that an add can tell that it needs something removed
    for (ModuleChange change : changes) {
      if (!change.action().adds()) {
        planner.remove(change);
      }
    }
    for (ModuleChange change : changes) {
      if (change.action().adds()) {
        planner.add(change.moduleId(), null, new HashSet<>());
      }
    }
    if (!planner.problems.isEmpty()) {
      return new Plan(orgId, List.of(), new ArrayList<>(planner.problems));
    }
    return new Plan(orgId, planner.steps(), List.of());
  }

  private boolean known(String moduleId, String neededBy) {
    if (state.versions().containsKey(moduleId)) {
      return true;
    }
    problems.add(neededBy == null ? "module '" + moduleId + "' is not in the catalog"
        : "module '" + neededBy + "' requires '" + moduleId + "', which is not in the catalog");
    return false;
  }

  private void remove(ModuleChange change) {
    String id = change.moduleId();
    if (!known(id, null) || !target.containsKey(id)) {
      return; // not installed: nothing to remove
    }
    boolean uninstall = change.action() == ModuleChange.Action.UNINSTALL;
    // the module and, transitively, the installed modules that need it (for a disable: the enabled ones)
    List<String> pending = new ArrayList<>(List.of(id));
    while (!pending.isEmpty()) {
      String current = pending.remove(pending.size() - 1);
      if (!removed.add(current)) {
        continue;
      }
      if (uninstall) {
        target.remove(current);
      } else {
        target.put(current, false);
      }
      for (Map.Entry<String, Boolean> installed : state.installed().entrySet()) {
        if (state.requirementsOf(installed.getKey()).containsKey(current) && (uninstall || installed.getValue())) {
          pending.add(installed.getKey());
        }
      }
    }
  }

  /** Adds the module, enabled, after its requirements; {@code neededBy} is the module that needs it, if any. */
  private void add(String id, String neededBy, Set<String> path) {
    if (!known(id, neededBy) || (Boolean.TRUE.equals(target.get(id)) && !removed.contains(id))) {
      return;
    }
    if (removed.contains(id)) {
      problems.add(neededBy == null ? "module '" + id + "' is both added and removed by these changes"
          : "module '" + neededBy + "' requires '" + id + "', which these changes uninstall or disable");
      return;
    }
    if (!path.add(id)) {
      return; // a cycle: the catalog refuses them, so only a concurrent change gets here
    }
    if (!state.active().contains(id)) { // plans install or enable no deactivated module
      problems.add(neededBy == null ? "module '" + id + "' is deactivated in the catalog"
          : "module '" + neededBy + "' requires '" + id + "', which is deactivated in the catalog");
    }
    for (Map.Entry<String, String> requirement : state.requirementsOf(id).entrySet()) {
      String required = requirement.getKey();
      String version = state.versions().get(required);
      if (version != null && !SemVer.range(requirement.getValue()).satisfiedBy(SemVer.version(version))) {
        problems.add("module '" + id + "' requires '" + required + "' " + requirement.getValue()
            + ", but the catalog has version " + version);
      }
      add(required, id, path);
    }
    path.remove(id);
    target.put(id, true);
  }

  /** The steps from the installed state to the target: removals dependents first, then adds requirements first. */
  private List<ModuleChange> steps() {
    List<String> order = state.dependencyOrder();
    List<ModuleChange> steps = new ArrayList<>();
    List<String> reversed = new ArrayList<>(order);
    Collections.reverse(reversed);
    for (String id : reversed) {
      Boolean before = state.installed().get(id);
      Boolean after = target.get(id);
      if (before != null && after == null) {
        steps.add(ModuleChange.uninstall(id));
      } else if (Boolean.TRUE.equals(before) && Boolean.FALSE.equals(after)) {
        steps.add(ModuleChange.disable(id));
      }
    }
    for (String id : order) {
      Boolean before = state.installed().get(id);
      Boolean after = target.get(id);
      if (before == null && after != null) {
        steps.add(ModuleChange.install(id));
      } else if (Boolean.FALSE.equals(before) && Boolean.TRUE.equals(after)) {
        steps.add(ModuleChange.enable(id));
      }
    }
    return steps;
  }
}
