package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.MemberRole;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import io.moduleregistry.testkit.Tenant;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistryDatabaseTest {

  private final RegistryDatabase db = RegistryDatabase.shared();

  @Test
  void sharedDatabaseIsMigratedAndTheSameAcrossCalls() {
    assertThat(RegistryDatabase.shared()).isSameAs(db);
    Object applied = db.fixtures().queryValue(
        "select max(version) from module_registry.applied_migration");
    assertThat(applied).isEqualTo(RegistrySchema.latestVersion());
  }

  @Test
  void theEmbeddedServerRunsThePostgresMajorVersionAskedFor() {
    String asked = System.getProperty("registry.pg.version", "").trim();
    Object major = db.fixtures().queryValue("select current_setting('server_version_num')::int / 10000");
    System.out.println("Database tests run on PostgreSQL " + db.fixtures().queryValue("select version()"));
    if (!asked.isEmpty() && db.describe().contains("embedded")) {
      assertThat(major).isEqualTo(Integer.parseInt(asked));
    }
    assertThat((Integer) major).isGreaterThanOrEqualTo(15);
  }

  @Test
  void appRoleLogsInWithoutPrivilegesOfItsOwn() throws SQLException {
    try (Connection c = db.appDataSource().getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(
          "select current_user, r.rolinherit, r.rolbypassrls, r.rolsuper from pg_roles r where r.rolname = current_user")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(RegistryDatabase.APP_ROLE);
        assertThat(rs.getBoolean(2)).as("inherits").isFalse();
        assertThat(rs.getBoolean(3)).as("bypasses RLS").isFalse();
        assertThat(rs.getBoolean(4)).as("superuser").isFalse();
      }
      assertThatThrownBy(() -> s.executeQuery("select * from public.modules"))
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> s.executeQuery("select * from public.org_modules"))
          .hasMessageContaining("permission denied");
      try (ResultSet rs = s.executeQuery(
          "select pg_has_role('authenticated', 'member'), pg_has_role('service_role', 'member'),"
              + " pg_has_role('authenticated', 'usage')")) {
        rs.next();
        assertThat(rs.getBoolean(1)).as("may become authenticated").isTrue();
        assertThat(rs.getBoolean(2)).as("may become service_role").isTrue();
        assertThat(rs.getBoolean(3)).as("uses authenticated's privileges without SET ROLE").isFalse();
      }
    }
  }

  @Test
  void fixturesCreateTenantsWithOneUserPerRole() {
    Tenant tenant = db.fixtures().tenant("Acme");
    for (MemberRole role : MemberRole.values()) {
      Object stored = db.fixtures().queryValue(
          "select role from public.org_members where org_id = ? and user_id = ?", tenant.orgId(), tenant.user(role));
      assertThat(stored).isEqualTo(role.sqlValue());
    }
    assertThat(db.fixtures().queryValue("select count(*) from public.org_members where org_id = ?", tenant.orgId()))
        .isEqualTo(3L);
  }

  @Test
  void scratchDatabasesStartEmptyAndAreDroppedOnClose() throws SQLException {
    String name;
    try (ScratchDatabase scratch = db.createScratchDatabase();
         Connection c = scratch.dataSource().getConnection(); Statement s = c.createStatement()) {
      name = scratch.name();
      try (ResultSet rs = s.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
    assertThat(db.fixtures().queryValue("select count(*) from pg_database where datname = ?", name)).isEqualTo(0L);
  }

  @Test
  void closingTheSharedDatabaseDoesNothing() {
    db.close();
    UUID user = db.fixtures().user();
    assertThat(db.fixtures().queryValue("select count(*) from auth.users where id = ?", user)).isEqualTo(1L);
  }
}
