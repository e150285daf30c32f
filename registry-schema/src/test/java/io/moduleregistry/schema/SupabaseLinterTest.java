package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.RegistryDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of Supabase's database linter (splinter) that apply to this schema, as catalog
 * queries. Each test lists the offenders; an empty list passes.
 */
class SupabaseLinterTest {

  /** Schemas Supabase exposes through its API by default. */
  private static final String EXPOSED = "('public', 'graphql_public')";

  /** Schemas whose functions are ours (auth.uid() is Supabase's wherever Supabase made it). */
  private static final String OURS = "('public', 'module_registry')";

  @Test
  void rlsIsEnabledOnEveryTableInPublic() throws SQLException {
    assertThat(offenders("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        + " where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity"))
        .isEmpty();
    assertThat(offenders("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        + " where n.nspname = 'public' and c.relkind in ('r', 'p')"))
        .contains("modules", "org_modules", "org_module_events", "organizations", "org_members");
  }

  @Test
  void policiesCallAuthFunctionsAndHelpersThroughAnInitPlan() throws SQLException {
    // 0003 auth_rls_initplan: auth.uid(), auth.jwt(), current_setting() and our helpers must sit
    // inside (select ...) so PostgreSQL evaluates them once per statement, not once per row.
    List<String> policies = offenders("select tablename || '.' || policyname || ': ' || coalesce(qual, '') || ' / '"
        + " || coalesce(with_check, '') from pg_policies where schemaname = 'public'");
    assertThat(policies).isNotEmpty();
    List<String> bare = new ArrayList<>();
    for (String policy : policies) {
      String withoutInitPlans = policy.replaceAll("\\( SELECT [a-z_]+\\.[a-z_]+\\(\\) AS [a-z_]+\\)", "");
      if (withoutInitPlans.matches("(?s).*(auth\\.|current_setting|module_registry\\.).*")) {
        bare.add(policy);
      }
    }
    assertThat(bare).isEmpty();
  }

  @Test
  void everyForeignKeyIsIndexed() throws SQLException {
    // 0001 unindexed_foreign_keys: an index whose leading columns are the key's columns.
    assertThat(offenders("select c.conrelid::regclass || ' ' || c.conname from pg_constraint c"
        + " join pg_namespace n on n.oid = c.connamespace"
        + " where c.contype = 'f' and n.nspname = 'public'"
        + " and not exists (select 1 from pg_index i where i.indrelid = c.conrelid"
        + "   and (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey)"))
        .isEmpty();
  }

  @Test
  void everyFunctionPinsItsSearchPath() throws SQLException {
    // 0011 function_search_path_mutable.
    assertThat(offenders("select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
        + " where n.nspname in " + OURS
        + " and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) s where s like 'search_path=%')"))
        .isEmpty();
    assertThat(offenders("select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
        + " where n.nspname in " + OURS))
        .contains("jsonb_merge_patch", "member_org_ids", "admin_org_ids");
  }

  @Test
  void onePermissivePolicyPerTableRoleAndAction() throws SQLException {
    // 0006 multiple_permissive_policies; a FOR ALL policy counts for every action.
    assertThat(offenders("select tablename || ' ' || r || ' ' || a from ("
        + " select p.tablename, r, a from pg_policies p"
        + " cross join lateral unnest(p.roles) r"
        + " cross join lateral unnest(case when p.cmd = 'ALL' then array['SELECT','INSERT','UPDATE','DELETE'] else array[p.cmd] end) a"
        + " where p.schemaname = 'public' and p.permissive = 'PERMISSIVE') x"
        + " group by tablename, r, a having count(*) > 1"))
        .isEmpty();
  }

  @Test
  void policiesNameTheirRole() throws SQLException {
    // Policies "to public" are evaluated for anon too; ours say whom they are for.
    assertThat(offenders("select tablename || '.' || policyname from pg_policies"
        + " where schemaname = 'public' and 'public' = any (roles)"))
        .isEmpty();
  }

  @Test
  void noSecurityDefinerFunctionInAnExposedSchema() throws SQLException {
    assertThat(offenders("select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
        + " where p.prosecdef and n.nspname in " + EXPOSED))
        .isEmpty();
    assertThat(offenders("select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
        + " where p.prosecdef and n.nspname = 'module_registry'"))
        .as("the helpers that need definer rights live in the private schema")
        .contains("member_org_ids", "admin_org_ids");
  }

  @Test
  void theMigrationHistoryIsNotInAnExposedSchema() throws SQLException {
    assertThat(offenders("select n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        + " where c.relname = 'flyway_schema_history'"))
        .containsExactly("module_registry");
  }

  private static List<String> offenders(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = RegistryDatabase.shared().ownerDataSource().getConnection();
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
