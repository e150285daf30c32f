package io.moduleregistry;

/**
 * The registry as the service itself: every call runs as PostgreSQL role {@code service_role},
 * which bypasses row-level security, with no user claims. For back-office jobs and for managing the
 * catalog. Obtained from {@link ModuleRegistry#asService()}; immutable and thread-safe. The
 * failures every call shares are listed on {@link RegistryScope}.
 */
public interface ServiceScope extends RegistryScope {

  /**
   * Adds a module to the catalog, or updates name, description and version of the one with that
   * id (its active flag and creation time stay).
   *
   * @param definition the module (validated when it was constructed)
   * @return the module as stored
   * @throws NullPointerException if the definition is {@code null}
   */
  Module registerModule(ModuleDefinition definition);

  /**
   * Makes a module installable again.
   *
   * @param moduleId a slug
   * @return the module after the change
   * @throws ModuleNotFoundException if it is not in the catalog: register it first
   */
  Module activateModule(String moduleId);

  /**
   * Stops a module from being installed anywhere new; existing installations stay, but {@code
   * isEnabled} answers {@code false} for it.
   *
   * @param moduleId a slug
   * @return the module after the change
   * @throws ModuleNotFoundException if it is not in the catalog: register it first
   */
  Module deactivateModule(String moduleId);

  /**
   * Removes a module from the catalog.
   *
   * @param moduleId a slug
   * @throws ModuleNotFoundException if it is not in the catalog (nothing to delete)
   * @throws ModuleInUseException if it is installed in any organization: deactivate it instead, or
   *     uninstall it everywhere first
   */
  void deleteModule(String moduleId);
}
