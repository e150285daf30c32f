package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pool of ONE connection, users alternating, failures of every kind in between: no call ever
 * sees another user's rows or role, and the connection always goes back as it was borrowed.
 */
class IdentityHygieneTest {

  private static HikariDataSource pool;
  private static ModuleRegistry registry;
  private static Tenant acme;
  private static Tenant globex;

  @BeforeAll
  static void setUp() {
    RegistryDatabase db = RegistryDatabase.shared();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(RegistryDatabase.APP_ROLE);
    config.setPassword(db.appPassword());
    config.setMaximumPoolSize(1);
    pool = new HikariDataSource(config);
    registry = ModuleRegistry.create(pool);
    ServiceScope service = registry.asService();
    service.registerModule(ModuleDefinition.of("hy-acme-only", "Acme only"));
    service.registerModule(ModuleDefinition.of("hy-globex-only", "Globex only"));
    acme = db.fixtures().tenant("Acme");
    globex = db.fixtures().tenant("Globex");
    service.install(acme.orgId(), "hy-acme-only", Map.of("secret", "acme"));
    service.install(globex.orgId(), "hy-globex-only", Map.of("secret", "globex"));
  }

  @AfterAll
  static void tearDown() {
    pool.close();
  }

  @Test
  void alternatingUsersWithFailuresInBetweenNeverSeeEachOther() throws SQLException {
    UserScope alice = registry.asUser(acme.member());
    UserScope bob = registry.asUser(globex.member());
    List<Runnable> failures = List.of(
        () -> alice.install(acme.orgId(), "hy-acme-only"),                 // AccessDenied (member)
        () -> bob.uninstall(acme.orgId(), "hy-acme-only"),                 // NotInstalled (stranger)
        () -> registry.asUser(acme.admin()).install(acme.orgId(), "hy-acme-only"), // AlreadyInstalled
        () -> registry.asService().install(acme.orgId(), "hy-missing"),    // ModuleNotFound
        () -> alice.settings(acme.orgId(), "hy-acme-only", Integer.class), // InvalidSettings after a good read
        () -> registry.asService().deleteModule("hy-acme-only"));          // ModuleInUse
    for (int round = 0; round < 30; round++) {
      assertThat(alice.installations(acme.orgId())).extracting(Installation::moduleId).containsExactly("hy-acme-only");
      assertThat(alice.installations(globex.orgId())).isEmpty();
      Runnable failure = failures.get(round % failures.size());
      assertThatThrownBy(failure::run).isInstanceOf(RegistryException.class);
      assertThat(bob.installations(globex.orgId())).extracting(Installation::moduleId).containsExactly("hy-globex-only");
      assertThat(bob.installations(acme.orgId())).isEmpty();
      assertThat(bob.isEnabled(acme.orgId(), "hy-acme-only")).isFalse();
      assertThat(alice.settings(acme.orgId(), "hy-acme-only", Map.class)).containsEntry("secret", "acme");
      assertConnectionIsClean();
    }
  }

  @Test
  void serviceCallsLeaveNoRoleBehind() throws SQLException {
    registry.asService().modules();
    assertConnectionIsClean();
    assertThat(registry.asUser(globex.member()).installations(acme.orgId())).isEmpty();
  }

  /** The pool's only connection: autocommit on, logged-in role, no role switched, no claims. */
  private static void assertConnectionIsClean() throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select current_user, current_setting('role'),"
             + " coalesce(current_setting('request.jwt.claims', true), ''), pg_catalog.txid_current_if_assigned() is null")) {
      assertThat(c.getAutoCommit()).isTrue();
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(RegistryDatabase.APP_ROLE);
      assertThat(rs.getString(2)).isEqualTo("none");
      assertThat(rs.getString(3)).isEmpty();
      assertThat(rs.getBoolean(4)).isTrue();
    }
  }
}
