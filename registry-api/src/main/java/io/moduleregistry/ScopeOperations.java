package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jspecify.annotations.Nullable;

/**
 * The operations both scopes share. Arguments are checked first; then one prepared call, run as
 * the scope's identity in one round trip with the kind of {@link Target} it takes; then the result is
 * returned, or the refusal explained.
 */
abstract class ScopeOperations implements RegistryScope {

  final Identity identity;
  /** {@code identity.userId()}, as the caller gave it (its own object): the snapshot's hit need not read the identity. */
  final @Nullable UUID userId;
  final ScopedExecutor executor;
  final Statements statements;
  final SettingsCodec codec;
  /** The in-process snapshot of {@code isEnabled}, or {@code null} where it is off. */
  final @Nullable Snapshot snapshot;
  /** The service's own SQL as this identity. */
  private final CallerSql own;
  /** The manifests' settings schemas, checked before SQL (the database checks again, for every writer). */
  private final SettingsContracts contracts;

  ScopeOperations(Identity identity, @Nullable UUID userId, ScopedExecutor executor, Statements statements,
      SettingsCodec codec, @Nullable Snapshot snapshot, SettingsContracts contracts) {
    assert Objects.equals(identity.userId(), userId) : "a scope's user is its identity's"; // checked in tests only: reading the identity here would cost a hit its miss
    this.identity = identity;
    this.userId = userId;
    this.contracts = contracts;
    this.executor = executor;
    this.statements = statements;
    this.codec = codec;
    this.snapshot = snapshot;
    this.own = new CallerSql(executor, identity);
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
      return snapshot.isEnabled(identity, userId, orgId, moduleId);
    }
    return read(statements.isEnabled, installationOf(orgId, moduleId));
  }

  @Override
  public <R extends Record> Result<R> fetch(ResultQuery<R> query) {
    return own.fetch(query);
  }

  @Override
  public int execute(Query query) {
    return own.execute(query);
  }

  @Override
  public <T> T inTransaction(JdbcWork<T> work) {
    return own.inTransaction(work);
  }

  @Override
  public Installation install(UUID orgId, String moduleId) {
    return install(orgId, moduleId, Map.of());
  }

  @Override
  public Installation install(UUID orgId, String moduleId, Object settings) {
    Target.WithSettings target = withSettings(installationOf(orgId, moduleId), settings, "settings");
    checkContract(target, true);
    return write(statements.install, Action.INSTALL, target);
  }

  @Override
  public void uninstall(UUID orgId, String moduleId) {
    Target.OrgModule target = installationOf(orgId, moduleId);
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
    Target.OrgModule target = installationOf(orgId, moduleId);
    return read(statements.settings, target).orElseThrow(() -> SqlErrors.notInstalled(target));
  }

  @Override
  public Installation replaceSettings(UUID orgId, String moduleId, Object settings) {
    Target.WithSettings target = withSettings(installationOf(orgId, moduleId), settings, "settings");
    checkContract(target, false);
    return changed(statements.replaceSettings, Action.CONFIGURE, target);
  }

  /**
   * Whole documents are held to the module's schema before any SQL when the registry knows its
   * manifest (install with the defaults merged under them, as the database stores them). A merge
   * patch is not: its result depends on the stored settings, which the database checks.
   */
  private void checkContract(Target.WithSettings target, boolean install) {
    if (contracts.covers(target.moduleId())) {
      contracts.check(target.orgId(), target.moduleId(), codec.parse(target.settings()), install);
    }
  }

  @Override
  public Installation mergeSettings(UUID orgId, String moduleId, Object patch) {
    Target.WithSettings target = withSettings(installationOf(orgId, moduleId), patch, "settings patch");
    return changed(statements.mergeSettings, Action.CONFIGURE, target);
  }

  @Override
  public Plan plan(UUID orgId, List<ModuleChange> changes) {
    ModuleIds.requireOrg(orgId);
    List<ModuleChange> checked = List.copyOf(Objects.requireNonNull(changes, "changes must not be null"));
    CatalogState state = CatalogState.read(codec.parse(read(statements.planState, Target.org(orgId))));
    return Planner.plan(orgId, state, identity.isService(), checked);
  }

  @Override
  public Plan plan(UUID orgId, ModuleChange... changes) {
    return plan(orgId, List.of(Objects.requireNonNull(changes, "changes must not be null")));
  }

  @Override
  public void apply(Plan plan) {
    Objects.requireNonNull(plan, "plan must not be null");
    if (!plan.feasible()) {
      throw infeasible(plan);
    }
    if (plan.steps().isEmpty()) {
      return;
    }
    StringBuilder json = new StringBuilder("[");
    for (ModuleChange step : plan.steps()) {
      // module ids are slugs and actions enum names: nothing to escape
      json.append(json.length() > 1 ? "," : "").append("{\"action\":\"")
          .append(step.action().name().toLowerCase(java.util.Locale.ROOT)).append("\",\"module\":\"")
          .append(step.moduleId()).append("\"}");
    }
    write(statements.applyPlan, Action.APPLY_PLAN, Target.document(plan.orgId(), json.append(']').toString()));
  }

  @Override
  public Plan change(UUID orgId, List<ModuleChange> changes) {
    Plan plan = plan(orgId, changes);
    apply(plan);
    return plan;
  }

  @Override
  public Plan installWithRequirements(UUID orgId, String moduleId) {
    return change(orgId, List.of(ModuleChange.install(moduleId)));
  }

  @Override
  public Plan uninstallWithDependents(UUID orgId, String moduleId) {
    return change(orgId, List.of(ModuleChange.uninstall(moduleId)));
  }

  private static RequirementsException infeasible(Plan plan) {
    return new RequirementsException(RegistryErrorCode.REQUIREMENTS_UNMET, "the changes cannot be made in organization "
        + plan.orgId() + " (" + plan.problems().size() + (plan.problems().size() == 1 ? " problem" : " problems")
        + "); nothing was changed:\n  - " + String.join("\n  - ", plan.problems()), plan.problems(), plan.orgId(), null,
        null);
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
    List<HistoryEvent> fetched = read(statements.history, Target.history(orgId, moduleId, cursor, limit));
    return History.pageOf(fetched, limit);
  }

  /** Runs a read. */
  final <I extends Target, T> T read(PreparedCall<I, T> call, I target) {
    return executor.run(call, identity, Action.READ, target);
  }

  /**
   * Runs a write, and tells the snapshot, if any, so that it answers from the database for what the
   * write touched until a reload that covers it: the writer reads its own write at once. A write
   * joined to the caller's transaction tells it that transaction's id (read in the same round
   * trip), since it commits only when the caller does.
   */
  final <I extends Target, T> T write(PreparedCall<I, T> call, Action action, I target) {
    if (snapshot == null) {
      return executor.run(call, identity, action, target);
    }
    RuntimeException failure = null;
    long[] transaction = {Snapshot.NO_TRANSACTION}; // set only when the write joined a transaction with an id
    try {
      return executor.run(call, identity, action, target, xid -> transaction[0] = xid);
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      snapshot.written(action, target, failure, transaction[0]);
    }
  }

  private <I extends Target.OfInstallation> Installation changed(PreparedCall<I, Optional<Installation>> call,
      Action action, I target) {
    return write(call, action, target).orElseThrow(() -> refusal(action, target));
  }

  /**
   * Why a write changed nothing, asked in a second round trip only on this rare path: a caller
   * who can see the installation but may not write it is denied; otherwise it is not installed
   * (or, for a stranger, not visible, which reads the same, so a stranger learns nothing about
   * another org). Writes that succeed never pay for this question.
   */
  private RegistryException refusal(Action action, Target.OfInstallation target) {
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
  private static Target.OrgModule installationOf(UUID orgId, String moduleId) {
    return Target.installation(ModuleIds.requireOrg(orgId), ModuleIds.requireSlug(moduleId));
  }

  /** The target with the settings checked and serialized, before any SQL. */
  private Target.WithSettings withSettings(Target.OrgModule target, Object settings, String what) {
    return target.withSettings(codec.toJsonObject(settings, what, target.orgId(), target.moduleId()));
  }
}
