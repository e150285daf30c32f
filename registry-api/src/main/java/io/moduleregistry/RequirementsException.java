package io.moduleregistry;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A change that would leave an organization with an enabled module whose requirements are not
 * installed, enabled, active and in range. Two codes:
 *
 * <ul>
 *   <li>{@link RegistryErrorCode#REQUIREMENTS_UNMET}: installing or enabling a module (or applying a
 *       plan) whose requirements are missing. Remedy: install them first, or let the registry do it
 *       ({@link RegistryScope#installWithRequirements}, {@link RegistryScope#plan(java.util.UUID, ModuleChange...)}).
 *   <li>{@link RegistryErrorCode#REQUIRED_BY_DEPENDENTS}: disabling or uninstalling a module (or
 *       deactivating it in the catalog, or adding a requirement to the catalog) that enabled
 *       modules need. Remedy: disable or uninstall the dependents named first ({@link
 *       RegistryScope#uninstallWithDependents}).
 * </ul>
 *
 * <p>{@link #problems()} names each problem (organization, module, requirement); nothing was changed.
 */
public final class RequirementsException extends RegistryException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  RequirementsException(RegistryErrorCode code, String message, List<String> problems, @Nullable UUID orgId,
      @Nullable String moduleId, @Nullable Throwable cause) {
    super(code, message, orgId, moduleId, cause);
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, each naming the organization, the module and the requirement or dependent.
   *
   * @return the problems, at least one
   */
  public List<String> problems() {
    return problems;
  }
}
