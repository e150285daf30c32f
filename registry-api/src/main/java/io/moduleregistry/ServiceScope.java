package io.moduleregistry;

import java.util.Collection;
import java.util.List;
import java.time.OffsetDateTime;
import java.util.UUID;

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

  /**
   * Registers a set of module manifests and their requirements in ONE transaction, idempotently:
   * what is unchanged is not written, requirements a manifest no longer lists are removed; modules
   * not in the set, and the active flag of those in it, stay as they are. The set is checked first
   * against the catalog as it would be, and refused with every problem named.
   *
   * @param manifests the manifests (from {@link ModuleManifests}), in any order
   * @return the set's modules as stored, ordered by id
   * @throws NullPointerException if the collection or a manifest is {@code null}
   * @throws InvalidCatalogException naming every problem: a module twice in the set, a requirement on
   *     a module in neither the set nor the catalog, a range the required module's version (as it
   *     would be) misses, also for modules of the catalog that require one the set re-versions, a
   *     cycle; nothing changed. Fix the manifests
   * @throws RequirementsException ({@link RegistryErrorCode#REQUIRED_BY_DEPENDENTS}) if a new
   *     requirement is missing in organizations that have the module enabled (named): install it
   *     there first
   */
  List<Module> syncCatalog(Collection<ModuleManifest> manifests);

  /**
   * Retention: deletes every organization's history events that occurred before a time, with their
   * settings values. Installations are untouched; later events stay. Run it on a schedule to keep,
   * say, a year: {@code deleteHistoryBefore(OffsetDateTime.now().minusYears(1))}.
   *
   * @param cutoff events that occurred strictly before this are deleted
   * @return how many events were deleted
   * @throws NullPointerException if cutoff is {@code null}: pass a time
   */
  long deleteHistoryBefore(OffsetDateTime cutoff);

  /**
   * Retention: deletes all of one organization's history, with its settings values (for example
   * when a customer asks for its data to be erased but the organization stays). Installations are
   * untouched; changes made afterwards are recorded again.
   *
   * @param orgId the organization
   * @return how many events were deleted; 0 for an organization without history, or none at all
   * @throws NullPointerException if orgId is {@code null}: pass the organization
   */
  long deleteHistory(UUID orgId);
}
