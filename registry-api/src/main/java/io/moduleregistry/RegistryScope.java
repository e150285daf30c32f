package io.moduleregistry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a caller may ask of the registry, as one identity: a signed-in user ({@link UserScope}) or
 * the service itself ({@link ServiceScope}). Row-level security in the database decides what that
 * identity sees and may change; every call is one network round trip and one transaction.
 *
 * <p>Arguments are checked before any SQL is sent: a {@code null} gets a {@link
 * NullPointerException}, a module id that is not a slug an {@link IllegalArgumentException}. A
 * failed call changes nothing.
 */
public interface RegistryScope {

  /** The catalog, ordered by module id (inactive modules included). */
  List<Module> modules();

  /**
   * One catalog entry.
   *
   * @param moduleId a slug
   * @return the module, or empty when it is not in the catalog
   */
  Optional<Module> module(String moduleId);

  /**
   * The organization's installations that this caller can see, ordered by module id.
   *
   * @param orgId the organization
   * @return the installations; empty for an organization the caller is not a member of
   */
  List<Installation> installations(UUID orgId);

  /**
   * One installation.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the installation, or empty when it is not installed or not visible to this caller
   */
  Optional<Installation> installation(UUID orgId, String moduleId);

  /**
   * Whether the module is installed in the organization, enabled there, and active in the catalog.
   * The hot-path check: one indexed query, one round trip.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return {@code false} also where the caller cannot see the organization
   */
  boolean isEnabled(UUID orgId, String moduleId);

  /**
   * Installs a module, enabled, with empty settings.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the new installation
   * @throws ModuleAlreadyInstalledException if it is installed already
   * @throws ModuleNotFoundException if the module is not in the catalog
   * @throws ModuleInactiveException if the module is deactivated
   * @throws OrganizationNotFoundException (service) if the organization does not exist
   * @throws AccessDeniedException (user) if the caller is not an owner or admin of the organization
   */
  Installation install(UUID orgId, String moduleId);

  /**
   * Installs a module, enabled, with the given settings.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @param settings any value Jackson serializes to a JSON object of at most 64 KiB
   * @return the new installation
   * @throws InvalidSettingsException before any SQL, if the settings are not such an object
   * @see #install(UUID, String)
   */
  Installation install(UUID orgId, String moduleId, Object settings);

  /**
   * Removes an installation and its settings; the history keeps a record of it.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it
   * @throws AccessDeniedException if the caller sees it but is not an owner or admin
   */
  void uninstall(UUID orgId, String moduleId);

  /**
   * Switches an installed module on.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the installation after the change
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it
   * @throws AccessDeniedException if the caller sees it but is not an owner or admin
   */
  Installation enable(UUID orgId, String moduleId);

  /**
   * Switches an installed module off; its settings stay.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the installation after the change
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it
   * @throws AccessDeniedException if the caller sees it but is not an owner or admin
   */
  Installation disable(UUID orgId, String moduleId);

  /**
   * The installation's settings, read through Jackson as the given type.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @param type a type Jackson can read a JSON object into (a record, a {@code Map}, {@code JsonNode})
   * @param <T> the type
   * @return the settings
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it
   * @throws InvalidSettingsException if the stored settings do not fit the type
   */
  <T> T settings(UUID orgId, String moduleId, Class<T> type);

  /**
   * Replaces the settings as a whole.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @param settings any value Jackson serializes to a JSON object of at most 64 KiB
   * @return the installation after the change
   * @throws InvalidSettingsException before any SQL, if the settings are not such an object
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it
   * @throws AccessDeniedException if the caller sees it but is not an owner or admin
   */
  Installation replaceSettings(UUID orgId, String moduleId, Object settings);

  /**
   * Applies an RFC 7396 JSON merge patch to the settings, atomically in the database: members of
   * the patch replace or (recursively) merge, {@code null} members remove. Concurrent patches to
   * different keys all land.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @param patch any value Jackson serializes to a JSON object of at most 64 KiB
   * @return the installation after the change
   * @throws InvalidSettingsException before any SQL if the patch is not such an object, or if the
   *     merged settings would exceed 64 KiB
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it
   * @throws AccessDeniedException if the caller sees it but is not an owner or admin
   */
  Installation mergeSettings(UUID orgId, String moduleId, Object patch);
}
