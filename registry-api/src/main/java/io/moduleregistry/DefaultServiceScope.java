package io.moduleregistry;

import java.util.Objects;
import org.jooq.Record;
import org.jooq.Result;

/** {@link ServiceScope}: the shared operations plus the catalog, as role {@code service_role}. */
final class DefaultServiceScope extends ScopeOperations implements ServiceScope {

  DefaultServiceScope(ScopedExecutor executor, SettingsCodec codec) {
    super(Identity.service(), executor, codec);
  }

  @Override
  public Module registerModule(ModuleDefinition definition) {
    Objects.requireNonNull(definition, "definition must not be null");
    return Statements.module(run(Action.REGISTER_MODULE, null, definition.id(), Statements.registerModule(definition)).get(0));
  }

  @Override
  public Module activateModule(String moduleId) {
    return setActive(moduleId, true, Action.ACTIVATE_MODULE);
  }

  @Override
  public Module deactivateModule(String moduleId) {
    return setActive(moduleId, false, Action.DEACTIVATE_MODULE);
  }

  @Override
  public void deleteModule(String moduleId) {
    ModuleIds.requireSlug(moduleId);
    if (run(Action.DELETE_MODULE, null, moduleId, Statements.deleteModule(moduleId)).isEmpty()) {
      throw SqlErrors.moduleNotFound(moduleId);
    }
  }

  private Module setActive(String moduleId, boolean active, Action action) {
    ModuleIds.requireSlug(moduleId);
    Result<Record> rows = run(action, null, moduleId, Statements.setActive(moduleId, active));
    if (rows.isEmpty()) {
      throw SqlErrors.moduleNotFound(moduleId);
    }
    return Statements.module(rows.get(0));
  }

  @Override
  public String toString() {
    return "ServiceScope";
  }
}
