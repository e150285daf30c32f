package io.moduleregistry;

import static io.moduleregistry.Snapshots.awaitHit;
import static io.moduleregistry.Snapshots.stats;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.Await;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A write joined to the caller's transaction has not committed when it returns: a reload that runs
 * while that transaction is open reads the state before it, and must not count as covering it.
 * After the caller commits, the writer (and everybody) reads the committed value at once, with no
 * notification heard in between; after a rollback the next reload drops the exclusion.
 *
 * <p>Deterministic: the snapshot polls once a minute (its start-up reload aside, nothing reloads by
 * itself while a test runs), and each test drives the reloads on its own thread at the moments
 * that matter, through the package's {@link ModuleRegistry#snapshot()}.
 */
class SnapshotJoinedWriteTest {

  /** The caller's connection, on the test's thread only: calls made there join its transaction, as Spring's would. */
  private static final ThreadLocal<Connection> CALLERS = new ThreadLocal<>();

  private static RegistryDatabase db;
  private static HikariDataSource pool;
  /** The cached registry's way to the database, counted: what a joined write and a reload cost. */
  private static CountingDataSource counting;
  private static ModuleRegistry uncached;
  private static ModuleRegistry cached;
  private static Snapshot snapshot;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    pool = AppPools.pool(db, db.jdbcUrl(), 4, config -> { });
    uncached = ModuleRegistry.create(pool);
    uncached.asService().registerModule(ModuleDefinition.of("sj-reports", "Reports"));
    counting = new CountingDataSource(pool);
    cached = ModuleRegistry.builder(counting.dataSource()).connections(joiningThisThreadsTransaction(counting.dataSource()))
        .snapshot(SnapshotSettings.builder().refresh(SnapshotSettings.Refresh.POLL).pollInterval(Duration.ofMinutes(1))
            .build())
        .build();
    snapshot = cached.snapshot();
    // the feed's start-up reload, finished (its version is set last): from here on only the tests reload
    Await.until("the start-up reload: " + stats(cached), () -> stats(cached).live() && stats(cached).changeVersion() >= 0);
  }

  @AfterAll
  static void tearDown() {
    cached.close();
    pool.close();
  }

  @Test
  void aJoinedWriteIsReadAtOnceAfterItsTransactionCommitsThoughAReloadRanWhileItWasOpen() throws SQLException {
    Tenant acme = enabledTenant("SjCommit");
    try (Connection callers = openTransaction()) {
      disableJoined(acme, callers); // not committed yet; the reloads below go through the pool, as the feed's would
      snapshot.apply(snapshot.wanted()); // a heartbeat's or poll's reload of the written organization
      snapshot.apply(Changes.everything()); // another change's full reload
      callers.commit();
    }
    long reloads = stats(cached).reloads();
    assertThat(cached.asUser(acme.member()).isEnabled(acme.orgId(), "sj-reports"))
        .as("the committed disable, read at once").isFalse();
    assertThat(cached.asUser(acme.admin()).isEnabled(acme.orgId(), "sj-reports"))
        .as("the writer reads its own committed write").isFalse();
    assertThat(stats(cached).reloads()).as("no reload ran in between").isEqualTo(reloads);
    assertThat(snapshot.reloadWanted()).as("the write, not covered by the reloads while it was open, wants one").isTrue();

    coveredByTheNextReload(acme, false);
  }

  @Test
  void aJoinedWriteThatRolledBackIsDroppedByTheNextReload() throws SQLException {
    Tenant acme = enabledTenant("SjRollback");
    try (Connection callers = openTransaction()) {
      disableJoined(acme, callers);
      snapshot.apply(snapshot.wanted());
      callers.rollback(); // sends no notification
    }
    assertThat(cached.asUser(acme.member()).isEnabled(acme.orgId(), "sj-reports")).as("rolled back").isTrue();
    assertThat(snapshot.reloadWanted()).as("the write, not covered by the reload while it was open, wants one").isTrue();
    coveredByTheNextReload(acme, true);
  }

  @Test
  void aJoinedWriteIsOneRoundTripAndAReloadAsksOneQueryMoreOnlyWhileItsTransactionIsOpen() throws SQLException {
    Tenant acme = enabledTenant("SjCost");
    Changes itsOrganization = new Changes();
    itsOrganization.addWrite(acme.orgId());
    counting.reset();
    snapshot.apply(itsOrganization);
    int plainReload = counting.roundTrips.get();
    try (Connection callers = openTransaction()) {
      counting.reset();
      disableJoined(acme, callers);
      assertThat(counting.roundTrips.get()).as("the write and its transaction's id: one round trip").isEqualTo(1);
      counting.reset();
      snapshot.apply(itsOrganization);
      assertThat(counting.roundTrips.get()).as("the same reload, asking first whether the transaction ended")
          .isEqualTo(plainReload + 1);
      SnapshotStats before = stats(cached);
      counting.reset();
      snapshot.applyWanted();
      assertThat(counting.roundTrips.get()).as("a heartbeat's or poll's while it is open: the question only").isEqualTo(1);
      assertThat(stats(cached).callersReloaded()).as("no caller reloaded").isEqualTo(before.callersReloaded());
      assertThat(snapshot.reloadWanted()).as("asked again at the next one").isTrue();
      callers.rollback();
    }
    snapshot.apply(itsOrganization); // covered: the transaction ended
    counting.reset();
    snapshot.apply(itsOrganization);
    assertThat(counting.roundTrips.get()).as("nothing pending: no question asked").isEqualTo(plainReload);
  }

  /** Disables sj-reports as the tenant's admin, joined to the caller's transaction open on {@code callers}. */
  private static void disableJoined(Tenant acme, Connection callers) {
    CALLERS.set(callers);
    try {
      cached.asUser(acme.admin()).disable(acme.orgId(), "sj-reports");
    } finally {
      CALLERS.remove();
    }
  }

  /**
   * The next heartbeat's or poll's reload, the caller's transaction having ended (committed or
   * rolled back): it covers the write, and memory answers {@code enabled} again.
   */
  private static void coveredByTheNextReload(Tenant acme, boolean enabled) {
    snapshot.applyWanted();
    assertThat(snapshot.reloadWanted()).as("the transaction has ended: covered").isFalse();
    awaitHit(cached, "the member's answer", () ->
        assertThat(cached.asUser(acme.member()).isEnabled(acme.orgId(), "sj-reports")).isEqualTo(enabled));
  }

  /** A new organization with sj-reports enabled, its member's entry held in memory. */
  private static Tenant enabledTenant(String name) {
    Tenant acme = db.fixtures().tenant(name);
    uncached.asService().install(acme.orgId(), "sj-reports");
    snapshot.apply(Changes.everything()); // as the install's notification would (the feed polls too rarely)
    awaitHit(cached, "the member's answer", () ->
        assertThat(cached.asUser(acme.member()).isEnabled(acme.orgId(), "sj-reports")).isTrue());
    return acme;
  }

  /** A connection of the pool with a transaction open on it, as a service's own transaction would be. */
  private static Connection openTransaction() throws SQLException {
    Connection callers = counting.dataSource().getConnection();
    callers.setAutoCommit(false);
    try (Statement s = callers.createStatement()) {
      s.execute("select 1"); // pgjdbc begins the transaction with the first statement
    }
    return callers;
  }

  /** The pool's connections, except on a thread that holds a caller's connection: calls there join its transaction. */
  private static ConnectionSource joiningThisThreadsTransaction(DataSource pool) {
    ConnectionSource plain = ConnectionSource.of(pool);
    return new ConnectionSource() {
      @Override
      public Connection acquire() throws SQLException {
        Connection callers = CALLERS.get();
        return callers != null ? callers : plain.acquire();
      }

      @Override
      public boolean inCallerTransaction(Connection connection) throws SQLException {
        return plain.inCallerTransaction(connection);
      }

      @Override
      public void release(Connection connection) throws SQLException {
        if (connection != CALLERS.get()) {
          plain.release(connection);
        }
      }
    };
  }
}
