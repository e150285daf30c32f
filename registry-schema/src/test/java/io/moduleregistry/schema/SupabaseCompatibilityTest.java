package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Migrating a database that already holds Supabase's roles, auth schema, auth.users and
 * auth.uid(): nothing of theirs is replaced, and the registry works with Supabase's auth.uid().
 */
class SupabaseCompatibilityTest {

  private static final String SNAPSHOT = "select string_agg(x, E'\\n' order by x) from ("
      + " select 'fn ' || p.oid || ' ' || p.oid::regprocedure || ' ' || md5(p.prosrc) || ' ' || coalesce(array_to_string(p.proconfig, ','), '') as x"
      + "   from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'auth'"
      + " union all select 'table ' || c.oid || ' ' || c.relname || ' ' || obj_description(c.oid, 'pg_class')"
      + "   from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'auth' and c.relkind = 'r'"
      + " union all select 'column ' || attrelid::regclass || '.' || attname || ' ' || format_type(atttypid, atttypmod) || ' ' || attnotnull"
      + "   from pg_attribute where attrelid = 'auth.users'::regclass and attnum > 0 and not attisdropped"
      + " union all select 'role ' || oid || ' ' || rolname || ' ' || rolinherit || ' ' || rolbypassrls || ' ' || rolcanlogin"
      + "   from pg_roles where rolname in ('anon', 'authenticated', 'service_role')"
      + " union all select 'schema ' || oid || ' ' || nspname || ' ' || nspowner from pg_namespace where nspname = 'auth'"
      + ") s";

  @Test
  void migratingOverSupabaseAuthReplacesNothingOfTheirs() throws Exception {
    try (ScratchDatabase scratch = RegistryDatabase.shared().createScratchDatabase()) {
      run(scratch, fixture());
      String before = query(scratch, SNAPSHOT);
      assertThat(before).contains("encrypted_password", "auth.uid()", "auth.jwt()", "role ");

      RegistrySchema.migrate(scratch.dataSource());

      assertThat(query(scratch, SNAPSHOT)).isEqualTo(before);
      assertThat(query(scratch, "select prosrc from pg_proc where oid = 'auth.uid()'::regprocedure"))
          .as("Supabase's auth.uid(), which also reads request.jwt.claim.sub").contains("request.jwt.claim.sub");
      assertThat(RegistrySchema.flyway(scratch.dataSource()).validateWithResult().validationSuccessful).isTrue();
    }
  }

  @Test
  void policiesWorkWithSupabasesAuthUid() throws Exception {
    try (ScratchDatabase scratch = RegistryDatabase.shared().createScratchDatabase()) {
      run(scratch, fixture());
      RegistrySchema.migrate(scratch.dataSource());
      UUID user = UUID.randomUUID();
      UUID org = UUID.randomUUID();
      run(scratch, "insert into auth.users (id, email) values ('" + user + "', 'a@example.test');"
          + "insert into public.organizations (id, name) values ('" + org + "', 'Acme');"
          + "insert into public.org_members (org_id, user_id, role) values ('" + org + "', '" + user + "', 'member');"
          + "insert into public.modules (id, name) values ('agency', 'Agency');"
          + "insert into public.org_modules (org_id, module_id) values ('" + org + "', 'agency');");
      // Supabase's auth.uid() also reads the older request.jwt.claim.sub setting.
      for (String setting : List.of("request.jwt.claims", "request.jwt.claim.sub")) {
        String value = setting.endsWith("sub") ? user.toString() : "{\"sub\":\"" + user + "\"}";
        try (Connection c = scratch.dataSource().getConnection()) {
          c.setAutoCommit(false);
          try (PreparedStatement s = c.prepareStatement(
              "select set_config('role', 'authenticated', true), set_config(?, ?, true)")) {
            s.setString(1, setting);
            s.setString(2, value);
            s.execute();
          }
          try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select module_id from public.org_modules")) {
            List<String> visible = new ArrayList<>();
            while (rs.next()) {
              visible.add(rs.getString(1));
            }
            assertThat(visible).as(setting).containsExactly("agency");
          }
          c.rollback();
        }
      }
    }
  }

  private static String fixture() throws IOException {
    try (InputStream in = SupabaseCompatibilityTest.class.getResourceAsStream("/supabase/auth-fixture.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void run(ScratchDatabase db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String query(ScratchDatabase db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
