package io.moduleregistry;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What {@link RegistryScope#plan} computed for an organization, changing nothing: the ordered steps
 * (requirements before the modules that need them; dependents removed before what they need), or,
 * when the changes cannot be made, every problem. Applied by {@link RegistryScope#apply(Plan)} in
 * one transaction.
 *
 * @param orgId the organization
 * @param steps the steps in order; empty when nothing needs to change or there are problems
 * @param problems every reason the changes cannot be made, each naming the module; empty when they can
 */
public record Plan(UUID orgId, List<ModuleChange> steps, List<String> problems) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public Plan {
    Objects.requireNonNull(orgId, "orgId must not be null");
    steps = List.copyOf(steps);
    problems = List.copyOf(problems);
  }

  /**
   * Whether the plan can be applied.
   *
   * @return {@code true} when there are no problems
   */
  public boolean feasible() {
    return problems.isEmpty();
  }
}
