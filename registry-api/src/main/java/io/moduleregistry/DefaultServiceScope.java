package io.moduleregistry;

import java.util.Objects;

/** {@link ServiceScope}: the shared operations plus the catalog, as role {@code service_role}. */
final class DefaultServiceScope extends ScopeOperations implements ServiceScope {

  DefaultServiceScope(ScopedExecutor executor, Statements statements, SettingsCodec codec) {
    super(Identity.SERVICE, executor, statements, codec);
  }

  @Override
  public Module registerModule(ModuleDefinition definition) {
    Objects.requireNonNull(definition, "definition must not be null");
    return executor.run(statements.registerModule, identity, Action.REGISTER_MODULE, Target.definition(definition));
  }

  @Override
  public Module activateModule(String moduleId) {
    Target target = Target.module(ModuleIds.requireSlug(moduleId));
    return executor.run(statements.activateModule, identity, Action.ACTIVATE_MODULE, target)
        .orElseThrow(() -> SqlErrors.moduleNotFound(target, null));
  }

  @Override
  public Module deactivateModule(String moduleId) {
    Target target = Target.module(ModuleIds.requireSlug(moduleId));
    return executor.run(statements.deactivateModule, identity, Action.DEACTIVATE_MODULE, target)
        .orElseThrow(() -> SqlErrors.moduleNotFound(target, null));
  }

  @Override
  public void deleteModule(String moduleId) {
    Target target = Target.module(ModuleIds.requireSlug(moduleId));
    if (!executor.run(statements.deleteModule, identity, Action.DELETE_MODULE, target)) {
      throw SqlErrors.moduleNotFound(target, null);
    }
  }

  @Override
  public String toString() {
    return "ServiceScope";
  }
}
