package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.Await;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Each transient failure PostgreSQL can report, provoked for real on a real server (no mocks): the
 * exception and code it becomes, whether {@link RegistryErrorCode#retryable()} says a retry helps,
 * and that the database is as before, except where the outcome is reported as unknown.
 */
class FailureModesTest {

  private static RegistryDatabase db;
  private static ServiceScope service;
  private static ExecutorService threads;

  private Tenant acme;
  private UUID org;

  @BeforeAll
  static void catalog() {
    db = RegistryDatabase.shared();
    service = ModuleRegistry.create(db.appDataSource()).asService();
    service.registerModule(ModuleDefinition.of("fm-agency", "Agency"));
    service.registerModule(ModuleDefinition.of("fm-billing", "Billing"));
    threads = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stop() {
    threads.shutdownNow();
  }

  @BeforeEach
  void tenant() {
    acme = db.fixtures().tenant("Acme");
    org = acme.orgId();
    service.install(org, "fm-agency", Map.of("v", 0));
    service.install(org, "fm-billing", Map.of("v", 0));
  }

  @Test
  void aSerializationFailureIsARetryableConflictAndChangesNothing() throws Exception {
    try (HikariDataSource pool = pool("set default_transaction_isolation = 'repeatable read'");
         Connection owner = ownerTransaction()) {
      UserScope admin = ModuleRegistry.create(pool).asUser(acme.admin());
      ownerUpdate(owner, "fm-agency", "{\"v\": 1}");
      Future<?> call = threads.submit(() -> admin.replaceSettings(org, "fm-agency", Map.of("v", 2)));
      awaitLockWaiter(0);
      owner.commit();
      assertFailure(call, RegistryConflictException.class, RegistryErrorCode.CONFLICT, "40001");
    }
    assertThat(settingsV("fm-agency")).isEqualTo(1); // the other transaction's write, not ours
  }

  @Test
  void aDeadlockIsARetryableConflictAndRollsTheCallersTransactionBack() throws Exception {
    assumeSuperuserOwner("sets deadlock_timeout for one side of the deadlock");
    try (Connection app = db.appDataSource().getConnection(); Connection owner = ownerTransaction()) {
      app.setAutoCommit(false);
      UserScope admin = ModuleRegistry.builder(db.appDataSource()).connections(AppPools.on(app, true)).build()
          .asUser(acme.admin());
      admin.disable(org, "fm-agency"); // in the caller's transaction: holds fm-agency's row
      execute(owner, "set local deadlock_timeout = '10min'"); // so that the registry's side detects the deadlock
      ownerUpdate(owner, "fm-billing", "{\"v\": 1}");
      Future<?> ownerWaits = threads.submit(() -> ownerUpdate(owner, "fm-agency", "{\"v\": 1}"));
      awaitLockWaiter(0);
      assertThatThrownBy(() -> admin.disable(org, "fm-billing"))
          .isInstanceOf(RegistryConflictException.class).hasMessageContaining("40P01")
          .satisfies(e -> assertRetryable((RegistryException) e, RegistryErrorCode.CONFLICT, true));
      app.rollback();
      ownerWaits.get();
      owner.rollback();
    }
    assertThat(service.installation(org, "fm-agency").orElseThrow().enabled()).isTrue();
    assertThat(service.installation(org, "fm-billing").orElseThrow().enabled()).isTrue();
  }

  @Test
  void statementAndLockTimeoutsAreRetryableTimeoutsAndChangeNothing() throws Exception {
    for (String setting : new String[] {"set statement_timeout = '200ms'", "set lock_timeout = '100ms'"}) {
      try (HikariDataSource pool = pool(setting); Connection owner = ownerTransaction()) {
        UserScope admin = ModuleRegistry.create(pool).asUser(acme.admin());
        ownerUpdate(owner, "fm-agency", "{\"v\": 1}");
        assertThatThrownBy(() -> admin.mergeSettings(org, "fm-agency", Map.of("w", 1)))
            .isInstanceOf(RegistryTimeoutException.class)
            .hasMessageContaining(setting.contains("statement") ? "57014" : "55P03")
            .satisfies(e -> assertRetryable((RegistryException) e, RegistryErrorCode.TIMEOUT, true));
        owner.rollback();
      }
      assertThat(service.settingsJson(org, "fm-agency").has("w")).isFalse();
    }
  }

  @Test
  void aWriteToAReadOnlyDatabaseIsRefusedAndReadsStillWork() {
    try (HikariDataSource pool = pool("set default_transaction_read_only = on")) {
      UserScope admin = ModuleRegistry.create(pool).asUser(acme.admin());
      assertThat(admin.isEnabled(org, "fm-agency")).isTrue();
      assertThatThrownBy(() -> admin.disable(org, "fm-agency"))
          .isInstanceOf(RegistryReadOnlyException.class).hasMessageContaining("primary")
          .satisfies(e -> assertRetryable((RegistryException) e, RegistryErrorCode.READ_ONLY, false));
    }
    assertThat(service.isEnabled(org, "fm-agency")).isTrue();
  }

  @Test
  void tooManyConnectionsIsUnavailable() throws Exception {
    assumeSuperuserOwner("creates a login role with a connection limit");
    String role = "registry_limited";
    String password = "limited-" + UUID.randomUUID();
    try (Connection owner = db.ownerDataSource().getConnection()) {
      execute(owner, "do $$ begin if not exists (select 1 from pg_catalog.pg_roles where rolname = '" + role + "') then"
          + " create role " + role + " login noinherit connection limit 1; end if; end $$");
      execute(owner, "grant authenticated, service_role to " + role);
      owner.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), null);
    }
    PGSimpleDataSource limited = new PGSimpleDataSource();
    limited.setUrl(db.jdbcUrl());
    limited.setUser(role);
    limited.setPassword(password);
    try (Connection theOnlyOne = limited.getConnection()) {
      UserScope admin = ModuleRegistry.create(limited).asUser(acme.admin());
      assertThatThrownBy(() -> admin.isEnabled(org, "fm-agency"))
          .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("too many connections")
          .satisfies(e -> assertRetryable((RegistryException) e, RegistryErrorCode.UNAVAILABLE, true));
      assertThatThrownBy(() -> admin.disable(org, "fm-agency")) // never sent: nothing changed, and it says so
          .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("Nothing was changed");
    }
    assertThat(service.isEnabled(org, "fm-agency")).isTrue();
  }

  @Test
  void aReadWhoseBackendIsTerminatedIsRetriedOnceTransparently() throws Exception {
    try (HikariDataSource pool = pool(null); Connection owner = ownerTransaction()) {
      UserScope member = ModuleRegistry.create(pool).asUser(acme.member());
      execute(owner, "lock table public.org_modules in access exclusive mode");
      Future<Boolean> read = threads.submit(() -> member.isEnabled(org, "fm-agency"));
      int first = awaitLockWaiter(0);
      terminate(first); // admin shutdown (57P01) of the reading backend
      awaitLockWaiter(first); // the retry, on a fresh connection
      owner.rollback();
      assertThat(read.get()).isTrue();
    }
  }

  @Test
  void aWriteWhoseBackendIsTerminatedMidStatementHasAnUnknownOutcomeAndIsNotRetried() throws Exception {
    try (HikariDataSource pool = pool(null); Connection owner = ownerTransaction()) {
      UserScope admin = ModuleRegistry.create(pool).asUser(acme.admin());
      ownerUpdate(owner, "fm-agency", "{\"v\": 0}");
      Future<?> write = threads.submit(() -> admin.replaceSettings(org, "fm-agency", Map.of("v", 5)));
      terminate(awaitLockWaiter(0));
      assertFailure(write, RegistryOutcomeUnknownException.class, RegistryErrorCode.OUTCOME_UNKNOWN, "may or may not");
      owner.rollback();
    }
    assertThat(settingsV("fm-agency")).isZero();
  }

  @Test
  void aWriteThatCommittedButWhoseAnswerWasLostIsReportedAsUnknownNotAsNothingChanged() throws Exception {
    URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
    // one plain connection, not a pool: a pool's validity check on borrow would be swallowed too
    try (TcpProxy proxy = new TcpProxy(uri.getPort()); Connection connection = DriverManager.getConnection(
        AppPools.onPort(db, proxy.port()), RegistryDatabase.APP_ROLE, db.appPassword())) {
      UserScope admin = ModuleRegistry.builder(db.appDataSource()).connections(AppPools.on(connection, false)).build()
          .asUser(acme.admin());
      assertThat(admin.isEnabled(org, "fm-agency")).isTrue(); // a connection is open through the proxy
      proxy.dropResponses();
      Future<?> write = threads.submit(() -> admin.replaceSettings(org, "fm-agency", Map.of("v", 7)));
      // committed on the server; the client has heard nothing
      Await.until("the write to commit on the server", () -> settingsV("fm-agency") == 7);
      proxy.stop(); // the connection dies before the answer arrives
      assertFailure(write, RegistryOutcomeUnknownException.class, RegistryErrorCode.OUTCOME_UNKNOWN, "may or may not");
    }
    assertThat(settingsV("fm-agency")).isEqualTo(7); // and it did happen: "nothing was changed" would have been a lie
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertFailure(Future<?> call, Class<? extends RegistryException> type, RegistryErrorCode code,
      String text) throws InterruptedException {
    ThrowingCallable get = () -> call.get(2, TimeUnit.MINUTES); // bounded, so that a bug cannot hang the build
    assertThatThrownBy(get).cause().isInstanceOf(type).hasMessageContaining(text)
        .satisfies(e -> assertRetryable((RegistryException) e, code, code.retryable()));
  }

  private static void assertRetryable(RegistryException e, RegistryErrorCode code, boolean retryable) {
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.code().retryable()).isEqualTo(retryable);
    assertThat(e.getCause()).isInstanceOf(SQLException.class);
  }

  /** A pool of the app role with a session setting, as a service might configure one. */
  private static HikariDataSource pool(String initSql) {
    return AppPools.pool(db, db.jdbcUrl(), 2, config -> {
      config.setConnectionTimeout(10_000); // these calls should succeed, even on a loaded machine
      config.setConnectionInitSql(initSql);
    });
  }

  /** Skips, saying why, on a server where the test database's owner is not a superuser (Supabase's postgres). */
  private static void assumeSuperuserOwner(String why) {
    boolean superuser = Boolean.TRUE.equals(
        db.fixtures().queryValue("select rolsuper from pg_catalog.pg_roles where rolname = current_user"));
    if (!superuser) {
      System.out.println("SKIPPED: this test " + why + ", which needs a superuser owner; " + db.describe() + " has none");
    }
    Assumptions.assumeTrue(superuser, "the owner is not a superuser");
  }

  private static Connection ownerTransaction() throws SQLException {
    Connection owner = db.ownerDataSource().getConnection();
    owner.setAutoCommit(false);
    return owner;
  }

  private Void ownerUpdate(Connection owner, String moduleId, String settings) throws SQLException {
    try (PreparedStatement s = owner.prepareStatement(
        "update public.org_modules set settings = ?::jsonb where org_id = ? and module_id = ?")) {
      s.setString(1, settings);
      s.setObject(2, org);
      s.setString(3, moduleId);
      s.executeUpdate();
    }
    return null;
  }

  private int settingsV(String moduleId) {
    return service.settingsJson(org, moduleId).path("v").asInt(-1);
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.execute();
    }
  }

  /** Waits until a backend of this database other than {@code exceptPid} waits for a lock; returns its pid. */
  private static int awaitLockWaiter(int exceptPid) throws Exception {
    for (int i = 0; i < 6000; i++) {
      try (Connection c = db.ownerDataSource().getConnection(); PreparedStatement s = c.prepareStatement(
          "select pid from pg_catalog.pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"
              + " and pid not in (pg_catalog.pg_backend_pid(), ?) order by backend_start desc limit 1")) {
        s.setInt(1, exceptPid);
        try (ResultSet rows = s.executeQuery()) {
          if (rows.next()) {
            return rows.getInt(1);
          }
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no backend started waiting for a lock");
  }

  private static void terminate(int pid) {
    db.fixtures().queryValue("select pg_catalog.pg_terminate_backend(?)", pid);
  }
}
