package io.moduleregistry;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
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
    Target target = Target.module(ModuleIds.requireSlug(moduleId));
    return write(statements.activateModule, Action.ACTIVATE_MODULE, target)
        .orElseThrow(() -> SqlErrors.moduleNotFound(target, null));
  }

  @Override
  public Module deactivateModule(String moduleId) {
    Target target = Target.module(ModuleIds.requireSlug(moduleId));
    return write(statements.deactivateModule, Action.DEACTIVATE_MODULE, target)
        .orElseThrow(() -> SqlErrors.moduleNotFound(target, null));
  }

  @Override
  public void deleteModule(String moduleId) {
    Target target = Target.module(ModuleIds.requireSlug(moduleId));
    if (!write(statements.deleteModule, Action.DELETE_MODULE, target)) {
      throw SqlErrors.moduleNotFound(target, null);
    }
  }

  @Override
  public long deleteHistoryBefore(OffsetDateTime cutoff) {
    Objects.requireNonNull(cutoff, "cutoff must not be null");
    return write(statements.deleteHistoryOlderThan, Action.DELETE_HISTORY,
        Target.history(null, null, History.Range.olderThan(cutoff)));
  }

  @Override
  public long deleteHistory(UUID orgId) {
    return write(statements.deleteOrgHistory, Action.DELETE_HISTORY, Target.org(ModuleIds.requireOrg(orgId)));
  }

  @Override
  public String toString() {
    return "ServiceScope";
  }
}
