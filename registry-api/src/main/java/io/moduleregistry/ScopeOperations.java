package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The operations both scopes share. Arguments are checked first; then one prepared call, run as
 * the scope's identity in one round trip with a {@link Target}; then the result is returned, or the
 * refusal explained.
 */
abstract class ScopeOperations implements RegistryScope {

  final Identity identity;
  final ScopedExecutor executor;
  final Statements statements;
  final SettingsCodec codec;
  /** The in-process snapshot of {@code isEnabled}, or {@code null} where it is off. */
  final @Nullable Snapshot snapshot;

  ScopeOperations(Identity identity, ScopedExecutor executor, Statements statements, SettingsCodec codec,
      @Nullable Snapshot snapshot) {
    this.identity = identity;
    this.executor = executor;
    this.statements = statements;
    this.codec = codec;
    this.snapshot = snapshot;
  }

  @Override
  public List<Module> modules() {
    return read(statements.modules, Target.NONE);
  }

  @Override
  public Optional<Module> module(String moduleId) {
    return read(statements.module, Target.module(ModuleIds.requireSlug(moduleId)));
  }

  @Override
  public List<Installation> installations(UUID orgId) {
    return read(statements.installations, Target.org(ModuleIds.requireOrg(orgId)));
  }

  @Override
  public Optional<Installation> installation(UUID orgId, String moduleId) {
    return read(statements.installation, installationOf(orgId, moduleId));
  }

  @Override
  public boolean isEnabled(UUID orgId, String moduleId) {
    if (snapshot != null) {
      return snapshot.isEnabled(identity, orgId, moduleId);
    }
    return read(statements.isEnabled, installationOf(orgId, moduleId));
  }

  @Override
  public Installation install(UUID orgId, String moduleId) {
    return install(orgId, moduleId, Map.of());
  }

  @Override
  public Installation install(UUID orgId, String moduleId, Object settings) {
    Target target = withSettings(installationOf(orgId, moduleId), settings, "settings");
    return write(statements.install, Action.INSTALL, target);
  }

  @Override
  public void uninstall(UUID orgId, String moduleId) {
    Target target = installationOf(orgId, moduleId);
    if (!write(statements.uninstall, Action.UNINSTALL, target)) {
      throw refusal(Action.UNINSTALL, target);
    }
  }

  @Override
  public Installation enable(UUID orgId, String moduleId) {
    return changed(statements.enable, Action.ENABLE, installationOf(orgId, moduleId));
  }

  @Override
  public Installation disable(UUID orgId, String moduleId) {
    return changed(statements.disable, Action.DISABLE, installationOf(orgId, moduleId));
  }

  @Override
  public <T> T settings(UUID orgId, String moduleId, Class<T> type) {
    Objects.requireNonNull(type, "type must not be null");
    return codec.read(settingsText(orgId, moduleId), type, orgId, moduleId);
  }

  @Override
  public Map<String, Object> settingsMap(UUID orgId, String moduleId) {
    return codec.readMap(settingsText(orgId, moduleId), orgId, moduleId);
  }

  @Override
  public JsonNode settingsJson(UUID orgId, String moduleId) {
    return codec.parse(settingsText(orgId, moduleId));
  }

  private String settingsText(UUID orgId, String moduleId) {
    Target target = installationOf(orgId, moduleId);
    return read(statements.settings, target).orElseThrow(() -> SqlErrors.notInstalled(target));
  }

  @Override
  public Installation replaceSettings(UUID orgId, String moduleId, Object settings) {
    Target target = withSettings(installationOf(orgId, moduleId), settings, "settings");
    return changed(statements.replaceSettings, Action.CONFIGURE, target);
  }

  @Override
  public Installation mergeSettings(UUID orgId, String moduleId, Object patch) {
    Target target = withSettings(installationOf(orgId, moduleId), patch, "settings patch");
    return changed(statements.mergeSettings, Action.CONFIGURE, target);
  }

  @Override
  public HistoryPage history(UUID orgId, @Nullable String moduleId, @Nullable HistoryCursor cursor, int limit) {
    ModuleIds.requireOrg(orgId);
    if (moduleId != null) {
      ModuleIds.requireSlug(moduleId);
    }
    if (limit < 1 || limit > History.MAX_PAGE) {
      throw new IllegalArgumentException("history limit " + limit + " is outside 1 to " + History.MAX_PAGE
          + ": ask for fewer events and follow HistoryPage.next()");
    }
    List<HistoryEvent> fetched = read(statements.history, Target.history(orgId, moduleId, History.Range.page(cursor, limit)));
    return History.pageOf(fetched, limit);
  }

  /** Runs a read. */
  final <T> T read(PreparedCall<T> call, Target target) {
    return executor.run(call, identity, Action.READ, target);
  }

  /**
   * Runs a write, and tells the snapshot, if any, so that it answers from the database for what the
   * write touched until its next reload: the writer reads its own write at once.
   */
  final <T> T write(PreparedCall<T> call, Action action, Target target) {
    RuntimeException failure = null;
    try {
      return executor.run(call, identity, action, target);
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      if (snapshot != null) {
        snapshot.written(action, target, failure);
      }
    }
  }

  private Installation changed(PreparedCall<Optional<Installation>> call, Action action, Target target) {
    return write(call, action, target).orElseThrow(() -> refusal(action, target));
  }

  /**
   * Why a write changed nothing, asked in a second round trip only on this rare path: a caller
   * who can see the installation but may not write it is denied; otherwise it is not installed
   * (or, for a stranger, not visible, which reads the same, so a stranger learns nothing about
   * another org). Writes that succeed never pay for this question.
   */
  private RegistryException refusal(Action action, Target target) {
    if (identity.isService()) {
      return SqlErrors.notInstalled(target);
    }
    Rows.Report report = read(statements.access, target);
    if (report.visible() > 0 && !report.allowed()) {
      return SqlErrors.accessDenied(action, identity, target.orgId(), target.moduleId(), null);
    }
    return SqlErrors.notInstalled(target);
  }

  /** The installation an operation is about, checked before any SQL. */
  private static Target installationOf(UUID orgId, String moduleId) {
    return Target.installation(ModuleIds.requireOrg(orgId), ModuleIds.requireSlug(moduleId));
  }

  /** The target with the settings checked and serialized, before any SQL. */
  private Target withSettings(Target target, Object settings, String what) {
    return target.withSettings(codec.toJsonObject(settings, what, target.orgId(), target.moduleId()));
  }
}
