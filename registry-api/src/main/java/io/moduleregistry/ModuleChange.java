package io.moduleregistry;

import java.util.Objects;

/**
 * One change asked of an organization's modules, or one step of a {@link Plan}: install,
 * uninstall, enable or disable a module. Asked of {@link RegistryScope#plan}, a change brings what it
 * needs with it: an install or enable its requirements (transitively), an uninstall or disable the
 * modules that need it.
 *
 * @param action what to do
 * @param moduleId the module's slug
 */
public record ModuleChange(Action action, String moduleId) {

  /** What a change does. */
  public enum Action {
    /** Install the module, enabled, with empty settings (an installed but disabled one is enabled). */
    INSTALL,
    /** Uninstall the module and its settings. */
    UNINSTALL,
    /** Switch an installed module on (one not installed is installed). */
    ENABLE,
    /** Switch an installed module off; its settings stay. */
    DISABLE;

    /** Whether the change adds what the module needs (install, enable) rather than removing what needs it. */
    boolean adds() {
      return this == INSTALL || this == ENABLE;
    }
  }

  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the module id is not a slug: fix it
   */
  public ModuleChange {
    Objects.requireNonNull(action, "action must not be null");
    ModuleIds.requireSlug(moduleId);
  }

  /**
   * Install a module (with its requirements, in a plan).
   *
   * @param moduleId a slug
   * @return the change
   */
  public static ModuleChange install(String moduleId) {
    return new ModuleChange(Action.INSTALL, moduleId);
  }

  /**
   * Uninstall a module (with the modules that need it, in a plan).
   *
   * @param moduleId a slug
   * @return the change
   */
  public static ModuleChange uninstall(String moduleId) {
    return new ModuleChange(Action.UNINSTALL, moduleId);
  }

  /**
   * Enable a module (with its requirements, in a plan).
   *
   * @param moduleId a slug
   * @return the change
   */
  public static ModuleChange enable(String moduleId) {
    return new ModuleChange(Action.ENABLE, moduleId);
  }

  /**
   * Disable a module (with the enabled modules that need it, in a plan).
   *
   * @param moduleId a slug
   * @return the change
   */
  public static ModuleChange disable(String moduleId) {
    return new ModuleChange(Action.DISABLE, moduleId);
  }

  /** For messages and logs: {@code install crm}. */
  @Override
  public String toString() {
    return action.name().toLowerCase(java.util.Locale.ROOT) + " " + moduleId;
  }
}
