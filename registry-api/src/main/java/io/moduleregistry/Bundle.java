package io.moduleregistry;

import java.util.List;
import java.util.Objects;

/**
 * A named set of modules installed, enabled or removed together: a pricing plan such as {@code pro}.
 * Bundles live in the application's code (or its configuration), not in the database: the database
 * holds every organization to each module's requirements, and a bundle is only a name for a set of
 * changes, planned and applied as one ({@link RegistryScope#change}).
 *
 * @param name the bundle's name, for messages
 * @param modules its modules' slugs, at least one, no repeats
 */
public record Bundle(String name, List<String> modules) {

  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument or a module id is {@code null}
   * @throws IllegalArgumentException if the name is blank, there are no modules, one repeats or is not a slug
   */
  public Bundle {
    Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("bundle name must not be blank");
    }
    modules = List.copyOf(Objects.requireNonNull(modules, "modules must not be null"));
    if (modules.isEmpty() || modules.stream().distinct().count() != modules.size()) {
      throw new IllegalArgumentException("bundle '" + name + "' must list at least one module, each once: " + modules);
    }
    modules.forEach(ModuleIds::requireSlug);
  }

  /**
   * A bundle of the given modules.
   *
   * @param name the bundle's name
   * @param modules the modules' slugs
   * @return the bundle
   */
  public static Bundle of(String name, String... modules) {
    return new Bundle(name, List.of(modules));
  }

  /**
   * Changes that install every module of the bundle (with their requirements, in a plan).
   *
   * @return one install per module
   */
  public List<ModuleChange> install() {
    return modules.stream().map(ModuleChange::install).toList();
  }

  /**
   * Changes that uninstall every module of the bundle (with what needs them, in a plan).
   *
   * @return one uninstall per module
   */
  public List<ModuleChange> uninstall() {
    return modules.stream().map(ModuleChange::uninstall).toList();
  }

  /**
   * Changes that enable every module of the bundle.
   *
   * @return one enable per module
   */
  public List<ModuleChange> enable() {
    return modules.stream().map(ModuleChange::enable).toList();
  }
}
