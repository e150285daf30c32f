package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.schema.RegistrySchema;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Supabase's {@code auth.uid()}, {@code auth.role()} and {@code auth.jwt()} read PostgREST's
 * older per-claim settings ({@code request.jwt.claim.sub}, ...) before {@code request.jwt.claims}.
 * A value of those left on a pooled connection must not speak for the caller a call names, and a
 * caller's own values in its transaction are there again after a joined call.
 */
class SupabaseLegacyClaimsTest {

  private static final RegistryDatabase DB = RegistryDatabase.shared();

  @Test
  void aStaleClaimSubOnAPooledConnectionDoesNotDecideWhoTheUserIs() throws SQLException {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      DataSource owner = scratch.dataSource();
      // Supabase's own definitions, which the registry's compatibility migration leaves in place
      execute(owner, "create schema auth; create table auth.users (id uuid primary key);"
          + " create function auth.uid() returns uuid language sql stable as $$ select coalesce("
          + " nullif(current_setting('request.jwt.claim.sub', true), ''),"
          + " (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'))::uuid $$;");
      RegistrySchema.migrate(owner);
      UUID victim = UUID.randomUUID();
      UUID attacker = UUID.randomUUID();
      UUID org = UUID.randomUUID();
      execute(owner, "insert into auth.users (id) values ('" + victim + "'), ('" + attacker + "');"
          + " insert into public.organizations (id, name) values ('" + org + "', 'Victim');"
          + " insert into public.org_members (org_id, user_id, role) values ('" + org + "', '" + victim + "', 'owner');"
          + " insert into public.modules (id, name) values ('billing', 'Billing');"
          + " insert into public.org_modules (org_id, module_id, settings) values ('" + org + "', 'billing', '{\"iban\": \"secret\"}')");
      try (HikariDataSource pool = AppPools.pool(DB, scratch.jdbcUrl(), 1, config -> { })) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
          s.execute("set request.jwt.claim.sub = '" + victim + "'"); // left behind by an earlier borrower
        }
        UserScope attackerScope = ModuleRegistry.create(pool).asUser(attacker);
        assertThat(attackerScope.installations(org)).isEmpty();
        assertThat(attackerScope.isEnabled(org, "billing")).isFalse();
        assertThatThrownBy(() -> attackerScope.mergeSettings(org, "billing", Map.of("iban", "attacker")))
            .isInstanceOf(ModuleNotInstalledException.class);
        assertThat(ModuleRegistry.create(pool).asUser(victim).installations(org)).hasSize(1);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('request.jwt.claim.sub', true)")) {
          rs.next();
          assertThat(rs.getString(1)).as("the application's session value, as it left it").isEqualTo(victim.toString());
        }
      }
      try (Connection c = owner.getConnection(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("select settings ->> 'iban' from public.org_modules")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("secret");
      }
    }
  }

  @Test
  void aJoinedCallPutsTheCallersLegacyClaimsBack() throws SQLException {
    try (Connection c = DB.appDataSource().getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("select set_config('request.jwt.claim.sub', 'the-callers', true),"
            + " set_config('request.jwt.claim.role', 'caller-role', true)");
      }
      ModuleRegistry registry = ModuleRegistry.builder(DB.appDataSource()).connections(AppPools.on(c, true)).build();
      registry.asService().modules();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "select current_setting('request.jwt.claim.sub'), current_setting('request.jwt.claim.role')")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("the-callers");
        assertThat(rs.getString(2)).isEqualTo("caller-role");
      }
      c.rollback();
    }
  }

  private static void execute(DataSource owner, String sql) throws SQLException {
    try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
