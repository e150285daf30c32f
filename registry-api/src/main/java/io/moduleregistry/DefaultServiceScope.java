package io.moduleregistry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@link ServiceScope}: the shared operations plus the catalog, as role {@code service_role}. */
final class DefaultServiceScope extends ScopeOperations implements ServiceScope {

  DefaultServiceScope(ScopedExecutor executor, Statements statements, SettingsCodec codec, @Nullable Snapshot snapshot,
      SettingsContracts contracts) {
    super(Identity.SERVICE, null, executor, statements, codec, snapshot, contracts);
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
  public List<Module> syncCatalog(Collection<ModuleManifest> manifests) {
    List<ModuleManifest> set = List.copyOf(Objects.requireNonNull(manifests, "manifests must not be null"));
    CatalogState current = CatalogState.read(codec.parse(read(statements.catalogState, Target.NONE)));
    List<String> problems = CatalogCheck.problems(set, current);
    if (!problems.isEmpty()) {
      throw InvalidCatalogException.of(problems);
    }
    ArrayNode document = JsonNodeFactory.instance.arrayNode();
    for (ModuleManifest m : set) {
      ObjectNode entry = document.addObject().put("id", m.id()).put("name", m.name())
          .put("description", m.description()).put("version", m.version());
      ObjectNode requires = entry.putObject("requires");
      m.requires().forEach(requires::put);
      entry.set("settings_schema", m.settingsSchema());
      entry.set("settings_defaults", m.settingsDefaults());
    }
    return write(statements.syncCatalog, Action.SYNC_CATALOG, Target.document(document.toString()));
  }

  @Override
  public long deleteHistoryBefore(OffsetDateTime cutoff) {
    Objects.requireNonNull(cutoff, "cutoff must not be null");
    return write(statements.deleteHistoryOlderThan, Action.DELETE_HISTORY,
        Target.historyBefore(cutoff));
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
