package io.moduleregistry;

import java.util.Objects;

/** {@link ServiceScope}: the shared operations plus the catalog, as role {@code service_role}. */
final class DefaultServiceScope extends ScopeOperations implements ServiceScope {

  DefaultServiceScope(ScopedExecutor executor, Calls calls, SettingsCodec codec) {
    super(Identity.SERVICE, executor, calls, codec);
  }

  @Override
  public Module registerModule(ModuleDefinition definition) {
    Objects.requireNonNull(definition, "definition must not be null");
    return executor.run(calls.registerModule, identity, Action.REGISTER_MODULE, null, definition.id(),
        Calls.arguments(definition));
  }

  @Override
  public Module activateModule(String moduleId) {
    ModuleIds.requireSlug(moduleId);
    return executor.run(calls.activateModule, identity, Action.ACTIVATE_MODULE, null, moduleId, null, moduleId)
        .orElseThrow(() -> SqlErrors.moduleNotFound(moduleId));
  }

  @Override
  public Module deactivateModule(String moduleId) {
    ModuleIds.requireSlug(moduleId);
    return executor.run(calls.deactivateModule, identity, Action.DEACTIVATE_MODULE, null, moduleId, null, moduleId)
        .orElseThrow(() -> SqlErrors.moduleNotFound(moduleId));
  }

  @Override
  public void deleteModule(String moduleId) {
    ModuleIds.requireSlug(moduleId);
    if (!executor.run(calls.deleteModule, identity, Action.DELETE_MODULE, null, moduleId, null, moduleId)) {
      throw SqlErrors.moduleNotFound(moduleId);
    }
  }

  @Override
  public String toString() {
    return "ServiceScope";
  }
}
