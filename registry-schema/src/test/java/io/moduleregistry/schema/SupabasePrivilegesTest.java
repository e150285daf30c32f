package io.moduleregistry.schema;

import static io.moduleregistry.schema.SqlStates.INSUFFICIENT_PRIVILEGE;
import static io.moduleregistry.schema.SqlStates.sqlState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What anon, authenticated and service_role (and PUBLIC, which every role inherits) may do on every
 * schema, table, view, column, sequence and function in the schemas the registry creates objects in
 * ({@code public}, exposed through PostgREST, and {@code module_registry}, reachable by direct SQL),
 * on a database that first got Supabase's default privileges (which grant ALL on everything the
 * migrating role creates in public) and on a bare one: both must end at exactly {@link #ALLOWED}.
 */
class SupabasePrivilegesTest {

  private static final String SCHEMAS = "('public', 'module_registry')";

  /** Every grant to the API roles, one line each: "grantee PRIVILEGE kind schema.object". */
  private static final String GRANTS = "with roles(oid, name) as ("
      + "  select oid, rolname::text from pg_roles where rolname in ('anon', 'authenticated', 'service_role')"
      + "  union all select 0::oid, 'PUBLIC'),"
      + " rels as (select c.oid, n.nspname || '.' || c.relname as name, c.relkind, c.relowner, c.relacl"
      + "  from pg_class c join pg_namespace n on n.oid = c.relnamespace"
      + "  where n.nspname in " + SCHEMAS + " and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f'))"
      + " select r.name || ' ' || a.privilege_type || ' ' || case c.relkind when 'S' then 'sequence'"
      + "   when 'v' then 'view' when 'm' then 'view' else 'table' end || ' ' || c.name"
      + "  from rels c cross join lateral aclexplode(coalesce(c.relacl,"
      + "   acldefault(case c.relkind when 'S' then 's'::\"char\" else 'r'::\"char\" end, c.relowner))) a"
      + "  join roles r on r.oid = a.grantee"
      + " union all select r.name || ' ' || a.privilege_type || ' column ' || c.name || '.' || att.attname"
      + "  from rels c join pg_attribute att on att.attrelid = c.oid and att.attnum > 0 and not att.attisdropped"
      + "  cross join lateral aclexplode(att.attacl) a join roles r on r.oid = a.grantee"
      + " union all select r.name || ' ' || a.privilege_type || ' function ' || n.nspname || '.' || p.proname"
      + "   || '(' || pg_get_function_identity_arguments(p.oid) || ')'"
      + "  from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
      + "  cross join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a"
      + "  join roles r on r.oid = a.grantee where n.nspname in " + SCHEMAS
      + " union all select r.name || ' ' || a.privilege_type || ' schema ' || n.nspname"
      + "  from pg_namespace n cross join lateral aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a"
      + "  join roles r on r.oid = a.grantee where n.nspname in " + SCHEMAS;

  /** The owner's privileges on a table on this server: what "grant all" means here (MAINTAIN from PostgreSQL 17). */
  private static final String ALL_ON_TABLES =
      "select a.privilege_type from aclexplode(acldefault('r', 10)) a where a.grantee = 10";

  private static ScratchDatabase supabase;
  private static ScratchDatabase bare;

  @BeforeAll
  static void migrate() throws Exception {
    supabase = RegistryDatabase.shared().createScratchDatabase();
    run(supabase, resource("/supabase/default-privileges.sql"));
    RegistrySchema.migrate(supabase.dataSource());
    bare = RegistryDatabase.shared().createScratchDatabase();
    RegistrySchema.migrate(bare.dataSource());
  }

  @AfterAll
  static void drop() {
    Stream.of(supabase, bare).filter(d -> d != null).forEach(ScratchDatabase::close);
  }

  /**
   * The allow-list. Tables: anon nothing; authenticated reads (RLS picks the rows) and writes only
   * the installation columns a client may change; service_role the DML it needs, and on the
   * history SELECT and DELETE (retention) only. No sequence is usable by anyone but its owner
   * (identity columns need none). Functions: only the policy helpers and the registry's read
   * helpers, to authenticated and service_role; nothing executable in public.
   */
  private static List<String> allowed(List<String> allOnTables) {
    List<String> allowed = new ArrayList<>(List.of(
        "PUBLIC USAGE schema public",
        "anon USAGE schema public",
        "authenticated USAGE schema public",
        "service_role USAGE schema public",
        "authenticated USAGE schema module_registry",
        "service_role USAGE schema module_registry",

        "authenticated SELECT table public.modules",
        "authenticated SELECT table public.org_modules",
        "authenticated DELETE table public.org_modules",
        "authenticated INSERT column public.org_modules.org_id",
        "authenticated INSERT column public.org_modules.module_id",
        "authenticated INSERT column public.org_modules.enabled",
        "authenticated INSERT column public.org_modules.settings",
        "authenticated UPDATE column public.org_modules.enabled",
        "authenticated UPDATE column public.org_modules.settings",
        "authenticated SELECT table public.org_module_events",
        "authenticated SELECT table public.organizations",
        "authenticated SELECT table public.org_members",

        "service_role SELECT table public.org_module_events",
        "service_role DELETE table public.org_module_events",
        "authenticated SELECT table public.org_module_event_settings",
        "service_role SELECT table public.org_module_event_settings",

        "authenticated EXECUTE function module_registry.member_org_ids()",
        "service_role EXECUTE function module_registry.member_org_ids()",
        "authenticated EXECUTE function module_registry.admin_org_ids()",
        "service_role EXECUTE function module_registry.admin_org_ids()",
        "authenticated EXECUTE function module_registry.applied_migrations()",
        "service_role EXECUTE function module_registry.applied_migrations()",
        "authenticated EXECUTE function module_registry.last_change(OUT version bigint, OUT age_millis double precision)",
        "service_role EXECUTE function module_registry.last_change(OUT version bigint, OUT age_millis double precision)",
        // Called by the settings size check, which runs with the writer's rights.
        "authenticated EXECUTE function module_registry.jsonb_compact_size(value jsonb)",
        "service_role EXECUTE function module_registry.jsonb_compact_size(value jsonb)",
        // Called by mergeSettings' UPDATE, which runs with the caller's rights under RLS; module_registry is
        // not exposed through PostgREST, so it is no RPC, and its cost is linear in the patch (registry-bench).
        "authenticated EXECUTE function module_registry.jsonb_merge_patch(target jsonb, patch jsonb)",
        "service_role EXECUTE function module_registry.jsonb_merge_patch(target jsonb, patch jsonb)",

        // the snapshot's targeted reloads, as the service: what changed after a version, and who is in which organization
        "service_role EXECUTE function module_registry.changes_since(p_seen bigint)",
        "service_role EXECUTE function module_registry.members_of(p_org_ids uuid[])",

        // requirements: signed-in users read them; semver helpers are pure and serve plans computed as the caller
        "authenticated SELECT table public.module_requirements",
        "authenticated EXECUTE function module_registry.semver_parts(version text, OUT major numeric, OUT minor numeric, OUT patch numeric, OUT pre text[])",
        "service_role EXECUTE function module_registry.semver_parts(version text, OUT major numeric, OUT minor numeric, OUT patch numeric, OUT pre text[])",
        "authenticated EXECUTE function module_registry.semver_compare(a text, b text)",
        "service_role EXECUTE function module_registry.semver_compare(a text, b text)",
        "authenticated EXECUTE function module_registry.semver_range_bounds(version_range text, OUT lower text, OUT lower_inclusive boolean, OUT upper text, OUT upper_inclusive boolean, OUT problem text)",
        "service_role EXECUTE function module_registry.semver_range_bounds(version_range text, OUT lower text, OUT lower_inclusive boolean, OUT upper text, OUT upper_inclusive boolean, OUT problem text)",
        "authenticated EXECUTE function module_registry.semver_satisfies(version text, version_range text)",
        "service_role EXECUTE function module_registry.semver_satisfies(version text, version_range text)",
        "authenticated EXECUTE function module_registry.plan_state(p_org_id uuid)",
        "service_role EXECUTE function module_registry.plan_state(p_org_id uuid)",
        "authenticated EXECUTE function module_registry.apply_plan(p_org_id uuid, p_actions jsonb)",
        "service_role EXECUTE function module_registry.apply_plan(p_org_id uuid, p_actions jsonb)",
        "service_role EXECUTE function module_registry.sync_catalog(p_manifests jsonb)",

        // the settings validators (issue 20): pure functions of their arguments, reading no table; the
        // settings trigger and the modules' check constraints call them with the writer's rights
        "authenticated EXECUTE function module_registry.settings_pointer_token(p_key text)",
        "service_role EXECUTE function module_registry.settings_pointer_token(p_key text)",
        "authenticated EXECUTE function module_registry.settings_format_ok(p_format text, p_value text)",
        "service_role EXECUTE function module_registry.settings_format_ok(p_format text, p_value text)",
        "authenticated EXECUTE function module_registry.settings_violations(p_schema jsonb, p_settings jsonb)",
        "service_role EXECUTE function module_registry.settings_violations(p_schema jsonb, p_settings jsonb)",
        "authenticated EXECUTE function module_registry.settings_violations(p_schema jsonb, p_settings jsonb, p_held jsonb)",
        "service_role EXECUTE function module_registry.settings_violations(p_schema jsonb, p_settings jsonb, p_held jsonb)",
        "authenticated EXECUTE function module_registry.settings_pattern_ok(p_pattern text)",
        "service_role EXECUTE function module_registry.settings_pattern_ok(p_pattern text)",
        "authenticated EXECUTE function module_registry.settings_node_problems(p_root jsonb, p_node jsonb, p_pointer text)",
        "service_role EXECUTE function module_registry.settings_node_problems(p_root jsonb, p_node jsonb, p_pointer text)",
        "authenticated EXECUTE function module_registry.settings_schema_problems(p_schema jsonb)",
        "service_role EXECUTE function module_registry.settings_schema_problems(p_schema jsonb)",
        // what a schema compiles to (the settings trigger's fast check), for the service to inspect; the
        // compiled checks' table and the compiler's parts are the owner's alone
        "service_role EXECUTE function module_registry.settings_check(p_schema jsonb)"));
    for (String table : List.of("public.modules", "public.org_modules", "public.module_requirements")) {
      for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE")) {
        allowed.add("service_role " + privilege + " table " + table);
      }
    }
    // The tenancy baseline's tables, where the registry created them: service_role as their owner grants.
    for (String table : List.of("public.organizations", "public.org_members")) {
      for (String privilege : allOnTables) {
        allowed.add("service_role " + privilege + " table " + table);
      }
    }
    return allowed;
  }

  @Test
  void underSupabasesDefaultPrivilegesTheApiRolesHoldExactlyTheAllowList() throws SQLException {
    assertThat(rows(supabase, GRANTS)).containsExactlyInAnyOrderElementsOf(allowed(rows(supabase, ALL_ON_TABLES)));
  }

  @Test
  void onABareDatabaseTheApiRolesHoldExactlyTheAllowList() throws SQLException {
    assertThat(rows(bare, GRANTS)).containsExactlyInAnyOrderElementsOf(allowed(rows(bare, ALL_ON_TABLES)));
  }

  @Test
  void signedInUsersCannotExhaustTheHistorySequence() throws SQLException {
    // The review's attack: setval to the maximum made every tenant's installation writes fail.
    for (String role : List.of("anon", "authenticated")) {
      assertThatThrownBy(() -> run(supabase, "begin; set local role " + role + ";"
          + " select setval('public.org_module_events_id_seq', 9223372036854775807); commit"))
          .as(role).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
      assertThatThrownBy(() -> run(supabase, "begin; set local role " + role + ";"
          + " select nextval('public.org_module_events_id_seq'); commit"))
          .as(role).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    }
    UUID org = UUID.randomUUID();
    run(supabase, "insert into public.organizations (id, name) values ('" + org + "', 'Seq');"
        + " insert into public.modules (id, name) values ('seq-module', 'Seq') on conflict do nothing;"
        + " insert into public.org_modules (org_id, module_id) values ('" + org + "', 'seq-module')");
    assertThat(rows(supabase, "select event from public.org_module_events where org_id = '" + org + "'"))
        .containsExactly("installed");
  }

  @Test
  void nothingInPublicIsCallableAsAnRpc() throws SQLException {
    // The review: public.jsonb_merge_patch, quadratic, was callable by anyone signed in through PostgREST.
    for (ScratchDatabase db : List.of(supabase, bare)) {
      assertThat(rows(db, "select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
          + " where n.nspname = 'public' and (has_function_privilege('anon', p.oid, 'execute')"
          + " or has_function_privilege('authenticated', p.oid, 'execute'))")).isEmpty();
    }
  }

  /**
   * The snapshot asks, as the service, whether the transactions of writes joined to a caller's
   * transaction have ended; a joined write reads its transaction's id under the role its call is scoped to. Both
   * are built-in functions that PUBLIC may execute: no migration grants them, so none may take
   * them away (Supabase's default privileges touch only what is created in public).
   */
  @Test
  void theSnapshotsTransactionQuestionsAreExecutableByTheApiRoles() throws SQLException {
    for (ScratchDatabase db : List.of(supabase, bare)) {
      assertThat(rows(db, "select r || ' ' || f from unnest(array['service_role', 'authenticated']) r,"
          + " unnest(array['pg_catalog.pg_current_xact_id_if_assigned()', 'pg_catalog.pg_current_snapshot()',"
          + " 'pg_catalog.pg_visible_in_snapshot(xid8, pg_snapshot)']) f"
          + " where not has_function_privilege(r, f, 'execute')")).isEmpty();
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SupabasePrivilegesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void run(ScratchDatabase db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<String> rows(ScratchDatabase db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
