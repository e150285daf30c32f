package io.moduleregistry;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@link ServiceScope}: the shared operations plus the catalog, as role {@code service_role}. */
final class DefaultServiceScope extends ScopeOperations implements ServiceScope {

  DefaultServiceScope(ScopedExecutor executor, Statements statements, SettingsCodec codec, @Nullable Snapshot snapshot) {
    super(Identity.SERVICE, executor, statements, codec, snapshot);
  }

  @Override
  public Module registerModule(ModuleDefinition definition) {
    Objects.requireNonNull(definition, "definition must not be null");
    return write(statements.registerModule, Action.REGISTER_MODULE, Target.definition(definition));
  }

  @Override
  public Module activateModule(String moduleId) {
    Target.ModuleId target = Target.module(ModuleIds.requireSlug(moduleId));
    return write(statements.activateModule, Action.ACTIVATE_MODULE, target)
        .orElseThrow(() -> SqlErrors.moduleNotFound(target, null));
  }

  @Override
  public Module deactivateModule(String moduleId) {
    Target.ModuleId target = Target.module(ModuleIds.requireSlug(moduleId));
    return write(statements.deactivateModule, Action.DEACTIVATE_MODULE, target)
        .orElseThrow(() -> SqlErrors.moduleNotFound(target, null));
  }

  @Override
  public void deleteModule(String moduleId) {
    Target.ModuleId target = Target.module(ModuleIds.requireSlug(moduleId));
    if (!write(statements.deleteModule, Action.DELETE_MODULE, target)) {
      throw SqlErrors.moduleNotFound(target, null);
    }
  }

  @Override
  public String toString() {
    return "ServiceScope";
  }
}
