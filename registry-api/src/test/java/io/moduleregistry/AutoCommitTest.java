package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pool whose connections start with autoCommit off (Spring Boot's
 * {@code spring.datasource.hikari.auto-commit=false}): every acknowledged write is kept, nothing of
 * the scope is left on the connection, and a call is still one round trip.
 */
class AutoCommitTest {

  private static RegistryDatabase db;
  private static HikariDataSource pool;
  private static ModuleRegistry registry;
  private static Tenant acme;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    // every call and every check below share one physical connection
    pool = AppPools.pool(db, db.jdbcUrl(), 1, config -> config.setAutoCommit(false));
    registry = ModuleRegistry.create(pool);
    registry.asService().registerModule(ModuleDefinition.of("ac-reports", "Reports"));
    acme = db.fixtures().tenant("AutoCommit");
  }

  @AfterAll
  static void tearDown() {
    pool.close();
  }

  @Test
  void everyAcknowledgedWriteIsKeptWhenThePoolStartsTransactions() {
    UserScope admin = registry.asUser(acme.admin());
    admin.install(acme.orgId(), "ac-reports", Map.of("depth", 2));
    assertThat(stored("select count(*) from public.org_modules where org_id = ? and module_id = 'ac-reports'"))
        .isEqualTo(1L);
    admin.mergeSettings(acme.orgId(), "ac-reports", Map.of("width", 3));
    admin.disable(acme.orgId(), "ac-reports");
    assertThat(stored("select settings::text from public.org_modules where org_id = ? and module_id = 'ac-reports'"))
        .isEqualTo("{\"depth\": 2, \"width\": 3}");
    assertThat(stored("select enabled from public.org_modules where org_id = ? and module_id = 'ac-reports'"))
        .isEqualTo(false);
    admin.uninstall(acme.orgId(), "ac-reports");
    assertThat(stored("select count(*) from public.org_modules where org_id = ? and module_id = 'ac-reports'"))
        .isEqualTo(0L);
  }

  @Test
  void nothingOfTheScopeIsLeftOnTheConnectionAndItIsReturnedAsConfigured() throws SQLException {
    registry.asUser(acme.member()).isEnabled(acme.orgId(), "ac-reports");
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select current_user, coalesce(current_setting('request.jwt.claims', true), '')")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(RegistryDatabase.APP_ROLE);
      assertThat(rs.getString(2)).isEmpty();
      assertThat(c.getAutoCommit()).as("the pool's own setting, restored").isFalse();
      c.rollback();
    }
  }

  @Test
  void aCallIsStillOneRoundTrip() {
    CountingDataSource counting = new CountingDataSource(pool);
    ModuleRegistry counted = ModuleRegistry.create(counting.dataSource());
    counted.asUser(acme.member()).isEnabled(acme.orgId(), "ac-reports");
    assertThat(counting.roundTrips.get()).isEqualTo(1);
    assertThat(counting.connections.get()).isEqualTo(1);
  }

  @Test
  void aConnectionWithTheCallersTransactionOpenIsJoinedAndGivenBackAsItWas() throws SQLException {
    DB_MODULE.run();
    try (Connection callers = pool.getConnection()) {
      try (Statement s = callers.createStatement()) {
        s.execute("select set_config('request.jwt.claims', '{\"sub\":\"caller\"}', true)"); // opens the transaction
      }
      ModuleRegistry joined = ModuleRegistry.builder(pool).connections(new ConnectionSource() {
        @Override
        public Connection acquire() {
          return callers;
        }

        @Override
        public boolean inCallerTransaction(Connection connection) throws SQLException {
          return ConnectionSource.of(pool).inCallerTransaction(connection);
        }

        @Override
        public void release(Connection connection) {
          // the caller's: it stays open
        }
      }).build();
      joined.asUser(acme.admin()).install(acme.orgId(), "ac-joined");
      try (Statement s = callers.createStatement();
           ResultSet rs = s.executeQuery("select current_user, current_setting('request.jwt.claims', true)")) {
        rs.next();
        assertThat(rs.getString(1)).as("the caller's role again").isEqualTo(RegistryDatabase.APP_ROLE);
        assertThat(rs.getString(2)).as("the caller's claims again").isEqualTo("{\"sub\":\"caller\"}");
      }
      callers.rollback();
    }
    assertThat(stored("select count(*) from public.org_modules where org_id = ? and module_id = 'ac-joined'"))
        .as("rolled back with the caller's transaction").isEqualTo(0L);
  }

  private static final Runnable DB_MODULE = () -> db.fixtures().module("ac-joined", "Joined");

  private static Object stored(String sql) {
    return db.fixtures().queryValue(sql, acme.orgId());
  }
}
