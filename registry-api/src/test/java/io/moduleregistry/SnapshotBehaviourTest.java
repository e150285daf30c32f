package io.moduleregistry;

import static io.moduleregistry.Snapshots.awaitHit;
import static io.moduleregistry.Snapshots.awaitLive;
import static io.moduleregistry.Snapshots.awaitQuietRound;
import static io.moduleregistry.Snapshots.awaitCaughtUp;
import static io.moduleregistry.Snapshots.sql;
import static io.moduleregistry.Snapshots.stats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.Await;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snapshot's contract, one behaviour at a time, against the shared database. */
class SnapshotBehaviourTest {

  private static RegistryDatabase db;
  private static ModuleRegistry uncached;
  private static ModuleRegistry cached;
  private static Tenant acme;
  private static UUID stranger;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    uncached = ModuleRegistry.create(db.appDataSource());
    cached = ModuleRegistry.builder(db.appDataSource()).snapshot(SnapshotSettings.defaults()).build();
    uncached.asService().registerModule(ModuleDefinition.of("sb-agency", "Agency"));
    acme = db.fixtures().tenant("Acme");
    stranger = db.fixtures().user();
    uncached.asService().install(acme.orgId(), "sb-agency");
    awaitLive(cached);
  }

  @AfterAll
  static void tearDown() {
    cached.close();
  }

  @Test
  void answersFromMemoryWhatTheUncachedCallAnswers() {
    assertThat(stats(cached).mode()).isEqualTo("LISTEN");
    Runnable member = () -> assertThat(cached.asUser(acme.member()).isEnabled(acme.orgId(), "sb-agency")).isTrue();
    Runnable outsider = () -> assertThat(cached.asUser(stranger).isEnabled(acme.orgId(), "sb-agency")).isFalse();
    Runnable service = () -> assertThat(cached.asService().isEnabled(acme.orgId(), "sb-agency")).isTrue();
    Runnable unknown = () -> assertThat(cached.asUser(acme.member()).isEnabled(acme.orgId(), "sb-no-such-module"))
        .isFalse();
    awaitQuietRound(cached, "12 answers from memory", 12, () -> {
      for (int i = 0; i < 3; i++) {
        member.run();
        outsider.run();
        service.run();
        unknown.run();
      }
    });
  }

  @Test
  void checksArgumentsAsTheUncachedCallDoes() {
    UserScope member = cached.asUser(acme.member());
    member.isEnabled(acme.orgId(), "sb-agency");
    assertThatThrownBy(() -> member.isEnabled(acme.orgId(), "Not A Slug")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> member.isEnabled(null, "sb-agency")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> member.isEnabled(acme.orgId(), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aWriteThroughThisRegistryIsReadAtOnce() {
    Tenant t = db.fixtures().tenant("Initech");
    UserScope admin = cached.asUser(t.admin());
    assertThat(admin.isEnabled(t.orgId(), "sb-agency")).isFalse();
    admin.install(t.orgId(), "sb-agency");
    assertThat(admin.isEnabled(t.orgId(), "sb-agency")).isTrue();
    admin.disable(t.orgId(), "sb-agency");
    assertThat(admin.isEnabled(t.orgId(), "sb-agency")).isFalse();
    admin.enable(t.orgId(), "sb-agency");
    assertThat(cached.asUser(t.member()).isEnabled(t.orgId(), "sb-agency")).isTrue();
    admin.uninstall(t.orgId(), "sb-agency");
    assertThat(cached.asService().isEnabled(t.orgId(), "sb-agency")).isFalse();
  }

  @Test
  void aWriteTheDatabaseRefusedChangedNothingAndLeavesTheSnapshotAnswering() {
    UserScope admin = cached.asUser(acme.admin());
    awaitHit(cached, "the admin", () -> assertThat(admin.isEnabled(acme.orgId(), "sb-agency")).isTrue());
    assertThatThrownBy(() -> admin.install(acme.orgId(), "sb-agency")).isInstanceOf(ModuleAlreadyInstalledException.class);
    awaitHit(cached, "the admin after the refusal", () -> assertThat(admin.isEnabled(acme.orgId(), "sb-agency")).isTrue());
  }

  @Test
  void aWriteWhoseOutcomeIsUnknownIsAnsweredByTheDatabaseARefusedOneFromMemory() {
    UserScope admin = cached.asUser(acme.admin());
    awaitHit(cached, "the admin", () -> assertThat(admin.isEnabled(acme.orgId(), "sb-agency")).isTrue());
    Snapshot snapshot = cached.snapshot();
    Target target = Target.installation(acme.orgId(), "sb-agency");
    snapshot.written(Action.DISABLE, target, new AccessDeniedException("refused", acme.orgId(), "sb-agency", null),
        Snapshot.NO_TRANSACTION);
    long misses = stats(cached).misses();
    assertThat(admin.isEnabled(acme.orgId(), "sb-agency")).isTrue();
    assertThat(stats(cached).misses()).as("a refused write changed nothing: still from memory").isEqualTo(misses);
    // the connection broke after the write was sent: it may have committed, so the database answers
    snapshot.written(Action.DISABLE, target,
        new RegistryOutcomeUnknownException("may or may not", acme.orgId(), "sb-agency", null), Snapshot.NO_TRANSACTION);
    assertThat(admin.isEnabled(acme.orgId(), "sb-agency")).isTrue();
    assertThat(stats(cached).misses()).as("an unknown outcome: from the database").isEqualTo(misses + 1);
  }

  @Test
  void aChangeCommittedElsewhereArrivesByNotification() throws SQLException {
    Tenant t = db.fixtures().tenant("Hooli");
    uncached.asService().install(t.orgId(), "sb-agency");
    Await.until("the install to show", () -> cached.asUser(t.member()).isEnabled(t.orgId(), "sb-agency"));
    long reloads = stats(cached).reloads();
    sql(db.ownerDataSource(), "update public.org_modules set enabled = false where org_id = ?", t.orgId());
    Await.until("the disable to show", () -> !cached.asUser(t.member()).isEnabled(t.orgId(), "sb-agency"));
    awaitCaughtUp(cached, db.ownerDataSource()); // the answer may have come from a fresh load; the reload follows
    assertThat(stats(cached).reloads()).isGreaterThan(reloads);
    assertThat(stats(cached).lastLag()).isPositive();
    sql(db.ownerDataSource(), "delete from public.org_members where org_id = ? and user_id = ?", t.orgId(), t.owner());
    sql(db.ownerDataSource(), "update public.org_modules set enabled = true where org_id = ?", t.orgId());
    Await.until("the enable to show", () -> cached.asUser(t.member()).isEnabled(t.orgId(), "sb-agency"));
    assertThat(cached.asUser(t.owner()).isEnabled(t.orgId(), "sb-agency")).isFalse();
  }

  @Test
  void behindATransactionModePoolerItPollsThroughThePool() throws SQLException {
    try (HikariDataSource pooler = AppPools.pool(db, db.jdbcUrl() + "?prepareThreshold=0", 2, config -> { });
         ModuleRegistry polling = ModuleRegistry.builder(pooler).snapshot(SnapshotSettings.defaults()).build()) {
      awaitLive(polling);
      assertThat(stats(polling).mode()).isEqualTo("POLL");
      Tenant t = db.fixtures().tenant("Pied Piper");
      assertThat(polling.asUser(t.member()).isEnabled(t.orgId(), "sb-agency")).isFalse();
      sql(db.ownerDataSource(), "insert into public.org_modules (org_id, module_id) values (?, 'sb-agency')", t.orgId());
      Await.until("the install to show", () -> polling.asUser(t.member()).isEnabled(t.orgId(), "sb-agency"));
    }
  }

  @Test
  void listenWithoutAConnectionOutsideThePoolIsRefusedAtBuild() {
    DataSource opaque = new Opaque(db.appDataSource());
    assertThatThrownBy(() -> ModuleRegistry.builder(opaque)
            .snapshot(SnapshotSettings.builder().refresh(SnapshotSettings.Refresh.LISTEN).build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listenConnection");
    try (ModuleRegistry polling = ModuleRegistry.builder(opaque).snapshot(SnapshotSettings.defaults()).build()) {
      assertThat(stats(polling).mode()).isEqualTo("POLL");
    }
  }

  @Test
  void explicitListenerSettingsAreUsed() {
    SnapshotSettings settings = SnapshotSettings.builder()
        .listenConnection(db.jdbcUrl(), RegistryDatabase.APP_ROLE, db.appPassword()).build();
    try (ModuleRegistry listening = ModuleRegistry.builder(new Opaque(db.appDataSource())).snapshot(settings).build()) {
      awaitLive(listening);
      assertThat(stats(listening).mode()).isEqualTo("LISTEN");
      assertThat(listening.asUser(acme.member()).isEnabled(acme.orgId(), "sb-agency")).isTrue();
    }
  }

  @Test
  void aKilledListenerSendsCallsToTheDatabaseUntilItHasListenedAndReloaded() throws SQLException {
    Tenant t = db.fixtures().tenant("Umbrella");
    UserScope member = cached.asUser(t.member());
    assertThat(member.isEnabled(t.orgId(), "sb-agency")).isFalse();
    long losses = stats(cached).connectionLosses();
    long reloads = stats(cached).reloads();
    Snapshots.awaitTerminatedListeners(db.ownerDataSource());
    // committed while the listener may be down: no notification reaches it, the reload must catch it
    sql(db.ownerDataSource(), "insert into public.org_modules (org_id, module_id) values (?, 'sb-agency')", t.orgId());
    Await.until("the loss to be noticed", () -> stats(cached).connectionLosses() > losses);
    awaitCaughtUp(cached, db.ownerDataSource());
    assertThat(stats(cached).reloads()).isGreaterThan(reloads);
    assertThat(member.isEnabled(t.orgId(), "sb-agency")).isTrue();
  }

  @Test
  void maxEntriesBoundsWhatIsHeld() {
    try (ModuleRegistry small = ModuleRegistry.builder(db.appDataSource())
        .snapshot(SnapshotSettings.builder().maxEntries(5).build()).build()) {
      awaitLive(small);
      for (int i = 0; i < 4; i++) {
        Tenant t = db.fixtures().tenant("Small " + i);
        uncached.asService().install(t.orgId(), "sb-agency");
        for (int round = 0; round < 2; round++) {
          assertThat(small.asUser(t.member()).isEnabled(t.orgId(), "sb-agency")).isTrue();
          assertThat(stats(small).entries()).isLessThanOrEqualTo(5);
        }
      }
      assertThat(small.asService().isEnabled(acme.orgId(), "sb-agency")).isTrue(); // far more than 5: from the database
      assertThat(small.asService().isEnabled(acme.orgId(), "sb-agency")).isTrue();
      assertThat(stats(small).entries()).isLessThanOrEqualTo(5);
    }
  }

  @Test
  void claimsBeyondTheSubjectAreNeverAnsweredFromAnotherCallersEntry() {
    String claims = "{\"sub\":\"" + acme.member() + "\",\"role\":\"authenticated\",\"aal\":\"aal2\"}";
    for (int i = 0; i < 2; i++) {
      assertThat(cached.asClaims(claims).isEnabled(acme.orgId(), "sb-agency")).isTrue();
      assertThat(cached.asUser(acme.member()).isEnabled(acme.orgId(), "sb-agency")).isTrue();
    }
    assertThat(Identity.user(acme.member()).claims())
        .isEqualTo(Claims.json(acme.member(), "role", "authenticated"));
  }

  @Test
  void aClosedRegistryAnswersFromTheDatabase() {
    ModuleRegistry closing = ModuleRegistry.builder(db.appDataSource()).snapshot(SnapshotSettings.defaults()).build();
    awaitLive(closing);
    closing.close();
    assertThat(stats(closing).live()).isFalse();
    assertThat(closing.asUser(acme.member()).isEnabled(acme.orgId(), "sb-agency")).isTrue();
    assertThat(uncached.snapshotStats()).isEmpty();
  }

  /** A data source that does not say how it connects, as many wrappers do not. */
  private record Opaque(DataSource delegate) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return delegate.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
