package io.moduleregistry;

import static io.moduleregistry.db.Tables.MODULES;
import static io.moduleregistry.db.Tables.ORG_MODULES;

import io.moduleregistry.db.tables.records.OrgModulesRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Every statement the facade sends, built with the generated classes and named {@link Parameter}s,
 * rendered once per registry into a {@link PreparedCall} with the reader of its rows. Each is ONE
 * statement, so that a call is one round trip. A write that RLS filters changes no row without an
 * error; only then does the facade ask {@link #access} why, so the successful path carries no extra
 * work.
 *
 * <p>A new read operation is one field here (its statement and reader) and one method in {@link
 * ScopeOperations} that runs it with the {@link Target} kind the field's type names.
 */
final class Statements {

  /** The installation columns every installation statement returns (read by {@link Rows}). */
  private static final Field<?>[] INSTALLATION = {
      ORG_MODULES.ORG_ID, ORG_MODULES.MODULE_ID, ORG_MODULES.ENABLED, ORG_MODULES.INSTALLED_AT, ORG_MODULES.SETTINGS};

  /** The installation a call is about. */
  private static final Condition THIS_INSTALLATION =
      ORG_MODULES.ORG_ID.eq(Parameter.ORG.param()).and(ORG_MODULES.MODULE_ID.eq(Parameter.MODULE.param()));

  /** RFC 7396, linear, in the private schema (not an RPC): jOOQ generates only public, so it is named here. */
  private static final org.jooq.Name MERGE_PATCH = DSL.name("module_registry", "jsonb_merge_patch");

  private static final Condition THIS_MODULE = MODULES.ID.eq(Parameter.MODULE.param());

  /** What {@code isEnabled} asks of an installation, joined to its module: enabled, and the module active. */
  private static final Condition ENABLED_AND_ACTIVE = ORG_MODULES.ENABLED.isTrue().and(MODULES.IS_ACTIVE.isTrue());

  /** {@link #access}: how many rows of the installation the caller sees (read by {@link Rows#access}). */
  static final Field<Integer> VISIBLE = DSL.count().as("visible");
  /** {@link #access}: whether the caller administers the installation's organization. */
  static final Field<Boolean> ALLOWED = DSL.boolOr(
      DSL.condition("{0} = any ((select module_registry.admin_org_ids())::uuid[])", ORG_MODULES.ORG_ID)).as("allowed");

  final PreparedCall<Target.None, List<Module>> modules;
  final PreparedCall<Target.ModuleId, Optional<Module>> module;
  final PreparedCall<Target.Org, List<Installation>> installations;
  final PreparedCall<Target.OrgModule, Optional<Installation>> installation;
  final PreparedCall<Target.OrgModule, Boolean> isEnabled;
  final PreparedCall<Target.WithSettings, Installation> install;
  final PreparedCall<Target.OrgModule, Optional<Installation>> enable;
  final PreparedCall<Target.OrgModule, Optional<Installation>> disable;
  final PreparedCall<Target.WithSettings, Optional<Installation>> replaceSettings;
  /** RFC 7396 in SQL: the row lock serializes concurrent patches and each applies to the latest row. */
  final PreparedCall<Target.WithSettings, Optional<Installation>> mergeSettings;
  final PreparedCall<Target.OrgModule, Boolean> uninstall;
  /**
   * Why a write found nothing to change, asked only after it did: how many rows of the
   * installation the caller can see, and whether it may write them.
   */
  final PreparedCall<Target.OfInstallation, Rows.Report> access;
  /** The installation's settings as jsonb's text: parsed once, by whichever reader the caller asked for. */
  final PreparedCall<Target.OrgModule, Optional<String>> settings;
  /** Insert, or update name, description and version by id. */
  final PreparedCall<Target.Definition, Module> registerModule;
  final PreparedCall<Target.ModuleId, Optional<Module>> activateModule;
  final PreparedCall<Target.ModuleId, Optional<Module>> deactivateModule;
  final PreparedCall<Target.ModuleId, Boolean> deleteModule;
  final PreparedCall<Target.None, List<String>> appliedMigrations;
  /**
   * For the snapshot: every (org, module) pair for which {@link #isEnabled} answers true, as the
   * caller's RLS lets it see them: the same join and conditions, without the pair.
   */
  final PreparedCall<Target.None, Snapshot.Pairs> enabledPairs;
  /** What a plan is computed from, as the caller sees it: catalog, requirements, the org's installations, access. */
  final PreparedCall<Target.Org, String> planState;
  /** The same without an organization: what a catalog sync is checked against. */
  final PreparedCall<Target.None, String> catalogState;
  /** A plan's steps, applied in order as the caller in one statement ({@code module_registry.apply_plan}). */
  final PreparedCall<Target.PlanDocument, Integer> applyPlan;
  /** Manifests registered idempotently in one statement ({@code module_registry.sync_catalog}). */
  final PreparedCall<Target.Document, List<Module>> syncCatalog;
  /** For the snapshot: the change counter that the migrations' triggers bump, and its age. */
  final PreparedCall<Target.None, Snapshot.LastChange> lastChange;
  /** A page of an org's history and one more row ({@link History}). */
  final PreparedCall<Target.HistoryQuery, List<HistoryEvent>> history;
  /** Retention: events older than a time, and all of one org's ({@link History}). */
  final PreparedCall<Target.HistoryCutoff, Long> deleteHistoryOlderThan;
  final PreparedCall<Target.Org, Long> deleteOrgHistory;
  /**
   * For a polling snapshot: what changed after a version ({@code module_registry.changes_since}),
   * the version passed as the jsonb {@link Parameter#DOCUMENT} (see {@link Changes#since}).
   */
  final PreparedCall<Target.Document, Changes> changesSince;
  /**
   * For the snapshot: the members of some organizations ({@code module_registry.members_of}), the
   * ids passed as a jsonb array in {@link Parameter#DOCUMENT} (see {@link Changes#orgsTarget}).
   */
  final PreparedCall<Target.Document, java.util.Set<java.util.UUID>> membersOf;
  /**
   * For the snapshot: SELECT policies on the tables {@link #enabledPairs} reads that the migrations
   * did not create. Its rule "which callers a change can affect" holds for the shipped ones only.
   */
  final PreparedCall<Target.None, List<String>> foreignPolicies;
  /**
   * For the snapshot: which of some transactions (xid8s, a jsonb array of strings in {@link
   * Parameter#DOCUMENT}) have ended as a snapshot taken now sees them, committed or rolled back:
   * a query that begins after this one sees what they committed. Not {@code pg_xact_status}: it
   * says "committed" as soon as the commit log does, before the transaction leaves the proc array
   * (while a synchronous standby is awaited, for one), when new snapshots still do not see it.
   */
  final PreparedCall<Target.Document, List<String>> endedTransactions;

  Statements(DSLContext dsl, Rows rows) {
    PreparedCall.Reader<Optional<Installation>> oneInstallation = rs -> Rows.first(rs, rows::installation);
    PreparedCall.Reader<Optional<Module>> oneModule = rs -> Rows.first(rs, Rows::module);

    modules = PreparedCall.render(dsl, Target.None.class, DSL.selectFrom(MODULES).orderBy(MODULES.ID),
        rs -> Rows.all(rs, Rows::module));
    module = PreparedCall.render(dsl, Target.ModuleId.class, DSL.selectFrom(MODULES).where(THIS_MODULE), oneModule);
    installations = PreparedCall.render(dsl, Target.Org.class, DSL.select(INSTALLATION).from(ORG_MODULES)
        .where(ORG_MODULES.ORG_ID.eq(Parameter.ORG.param())).orderBy(ORG_MODULES.MODULE_ID),
        rs -> Rows.all(rs, rows::installation));
    installation = PreparedCall.render(dsl, Target.OrgModule.class,
        DSL.select(INSTALLATION).from(ORG_MODULES).where(THIS_INSTALLATION), oneInstallation);
    isEnabled = PreparedCall.render(dsl, Target.OrgModule.class, DSL.select(DSL.field(DSL.exists(DSL.selectOne()
        .from(ORG_MODULES).join(MODULES).on(MODULES.ID.eq(ORG_MODULES.MODULE_ID))
        .where(THIS_INSTALLATION, ENABLED_AND_ACTIVE))).as("enabled")),
        Rows::firstBoolean);
    enabledPairs = PreparedCall.render(dsl, Target.None.class, DSL.select(ORG_MODULES.ORG_ID, ORG_MODULES.MODULE_ID)
        .from(ORG_MODULES).join(MODULES).on(MODULES.ID.eq(ORG_MODULES.MODULE_ID)).where(ENABLED_AND_ACTIVE),
        Snapshot.Pairs::read);
    lastChange = PreparedCall.render(dsl, Target.None.class,
        DSL.resultQuery("select version, age_millis from module_registry.last_change()"), Snapshot.LastChange::read);
    changesSince = PreparedCall.render(dsl, Target.Document.class, DSL.resultQuery(
        "select version, kind, ids, age_millis from module_registry.changes_since(({0})::bigint)",
        Parameter.DOCUMENT.param()), Changes::read);
    membersOf = PreparedCall.render(dsl, Target.Document.class, DSL.resultQuery(
        "select m from module_registry.members_of(array(select pg_catalog.jsonb_array_elements_text({0})::uuid)) m",
        Parameter.DOCUMENT.param()), Changes::readIds);
    foreignPolicies = PreparedCall.render(dsl, Target.None.class, DSL.resultQuery(
        "select coalesce(pg_catalog.array_agg(p.tablename || ': ' || p.policyname order by 1), '{}') from pg_catalog.pg_policies p"
            + " where p.schemaname = 'public' and p.tablename in ('org_modules', 'modules') and p.cmd in ('SELECT', 'ALL')"
            + " and p.policyname not in ('Signed-in users can view the catalog', 'Members can view their organizations'' modules')"),
        Rows::textArray);
    endedTransactions = PreparedCall.render(dsl, Target.Document.class, DSL.resultQuery(
        "select coalesce(pg_catalog.array_agg(x), '{}') from pg_catalog.jsonb_array_elements_text({0}) x"
            + " where pg_catalog.pg_visible_in_snapshot(x::xid8, pg_catalog.pg_current_snapshot())",
        Parameter.DOCUMENT.param()), Rows::textArray);
    install = PreparedCall.render(dsl, Target.WithSettings.class,
        DSL.insertInto(ORG_MODULES, ORG_MODULES.ORG_ID, ORG_MODULES.MODULE_ID, ORG_MODULES.SETTINGS)
            .values(Parameter.ORG.param(), Parameter.MODULE.param(), Parameter.SETTINGS.param())
            .returning(INSTALLATION),
        rs -> oneInstallation.read(rs).orElseThrow());
    enable = change(dsl, Target.OrgModule.class, DSL.update(ORG_MODULES).set(ORG_MODULES.ENABLED, true), oneInstallation);
    disable = change(dsl, Target.OrgModule.class, DSL.update(ORG_MODULES).set(ORG_MODULES.ENABLED, false), oneInstallation);
    replaceSettings = change(dsl, Target.WithSettings.class,
        DSL.update(ORG_MODULES).set(ORG_MODULES.SETTINGS, Parameter.SETTINGS.param()), oneInstallation);
    mergeSettings = change(dsl, Target.WithSettings.class, DSL.update(ORG_MODULES).set(ORG_MODULES.SETTINGS,
        DSL.function(MERGE_PATCH,
        ORG_MODULES.SETTINGS.getDataType(), ORG_MODULES.SETTINGS, Parameter.SETTINGS.param())), oneInstallation);
    uninstall = PreparedCall.render(dsl, Target.OrgModule.class,
        DSL.deleteFrom(ORG_MODULES).where(THIS_INSTALLATION).returning(ORG_MODULES.MODULE_ID), Rows::any);
    access = PreparedCall.render(dsl, Target.OfInstallation.class, DSL.select(VISIBLE, ALLOWED)
        .from(ORG_MODULES).where(THIS_INSTALLATION), Rows::access);
    settings = PreparedCall.render(dsl, Target.OrgModule.class,
        DSL.select(ORG_MODULES.SETTINGS).from(ORG_MODULES).where(THIS_INSTALLATION),
        rs -> Rows.first(rs, r -> r.getString(1)));
    registerModule = PreparedCall.render(dsl, Target.Definition.class,
        DSL.insertInto(MODULES, MODULES.ID, MODULES.NAME, MODULES.DESCRIPTION, MODULES.VERSION)
            .values(Parameter.MODULE.param(), Parameter.NAME.param(), Parameter.DESCRIPTION.param(),
                Parameter.VERSION.param())
            .onConflict(MODULES.ID).doUpdate()
            .set(MODULES.NAME, DSL.excluded(MODULES.NAME))
            .set(MODULES.DESCRIPTION, DSL.excluded(MODULES.DESCRIPTION))
            .set(MODULES.VERSION, DSL.excluded(MODULES.VERSION))
            .returning(),
        rs -> oneModule.read(rs).orElseThrow());
    activateModule = PreparedCall.render(dsl, Target.ModuleId.class,
        DSL.update(MODULES).set(MODULES.IS_ACTIVE, true).where(THIS_MODULE).returning(), oneModule);
    deactivateModule = PreparedCall.render(dsl, Target.ModuleId.class,
        DSL.update(MODULES).set(MODULES.IS_ACTIVE, false).where(THIS_MODULE).returning(), oneModule);
    deleteModule = PreparedCall.render(dsl, Target.ModuleId.class,
        DSL.deleteFrom(MODULES).where(THIS_MODULE).returning(MODULES.ID), Rows::any);
    appliedMigrations = PreparedCall.render(dsl, Target.None.class, DSL.select(DSL.function(
        DSL.name("module_registry", "applied_migrations"), SQLDataType.VARCHAR.array()).as("versions")), Rows::textArray);
    planState = PreparedCall.render(dsl, Target.Org.class, DSL.select(DSL.function(DSL.name("module_registry", "plan_state"),
        SQLDataType.VARCHAR, Parameter.ORG.param()).as("state")), rs -> Rows.first(rs, r -> r.getString(1)).orElseThrow());
    catalogState = PreparedCall.render(dsl, Target.None.class, DSL.resultQuery("select module_registry.plan_state(null) as state"),
        rs -> Rows.first(rs, r -> r.getString(1)).orElseThrow());
    applyPlan = PreparedCall.render(dsl, Target.PlanDocument.class, DSL.select(DSL.function(DSL.name("module_registry", "apply_plan"),
        SQLDataType.INTEGER, Parameter.ORG.param(), Parameter.DOCUMENT.param()).as("steps")),
        rs -> Rows.first(rs, r -> r.getInt(1)).orElseThrow());
    syncCatalog = PreparedCall.render(dsl, Target.Document.class, DSL.resultQuery(
        "select * from module_registry.sync_catalog({0})", Parameter.DOCUMENT.param()), rs -> Rows.all(rs, Rows::module));
    history = History.page(dsl, rows);
    deleteHistoryOlderThan = History.deleteOlderThan(dsl);
    deleteOrgHistory = History.deleteOfOrganization(dsl);
    nameCalls();
  }

  /** Names every call after its field, for {@link CallListener}s: nothing to keep in step by hand. */
  private void nameCalls() {
    for (java.lang.reflect.Field field : Statements.class.getDeclaredFields()) {
      if (field.getType() == PreparedCall.class) {
        try {
          ((PreparedCall<?, ?>) field.get(this)).name(field.getName());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot name " + field.getName(), e);
        }
      }
    }
  }

  /** A change to one installation, returning it as changed; no row when RLS filtered it or it is absent. */
  private static <I extends Target.OfInstallation> PreparedCall<I, Optional<Installation>> change(DSLContext dsl,
      Class<I> input, UpdateSetMoreStep<OrgModulesRecord> update, PreparedCall.Reader<Optional<Installation>> reader) {
    return PreparedCall.render(dsl, input, update.where(THIS_INSTALLATION).returning(INSTALLATION), reader);
  }
}
