package io.moduleregistry;

import static io.moduleregistry.Snapshots.awaitCaughtUp;
import static io.moduleregistry.Snapshots.awaitLive;
import static io.moduleregistry.Snapshots.changeCounter;
import static io.moduleregistry.Snapshots.sql;
import static io.moduleregistry.Snapshots.stats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.Await;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The change triggers: they count and announce only real changes, say what changed, and fire for
 * sessions in {@code session_replication_role = replica}.
 */
class SnapshotChangeTriggersTest {

  private static RegistryDatabase db;
  private static DataSource owner;
  private static ModuleRegistry uncached;
  private static ModuleRegistry listening;
  private static ModuleRegistry polling;
  private static Tenant acme;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    owner = db.ownerDataSource();
    uncached = ModuleRegistry.create(db.appDataSource());
    listening = ModuleRegistry.builder(db.appDataSource()).snapshot(SnapshotSettings.defaults()).build();
    polling = ModuleRegistry.builder(db.appDataSource())
        .snapshot(SnapshotSettings.builder().refresh(SnapshotSettings.Refresh.POLL).build()).build();
    db.fixtures().module("ct-reports", "Reports");
    acme = db.fixtures().tenant("Triggers");
    db.fixtures().install(acme.orgId(), "ct-reports");
    awaitLive(listening);
    awaitLive(polling);
  }

  @AfterAll
  static void tearDown() {
    listening.close();
    polling.close();
  }

  @Test
  void statementsThatChangeNoRowCauseNoReload() throws SQLException {
    UUID stranger = db.fixtures().user();
    assertThat(listening.asUser(acme.member()).isEnabled(acme.orgId(), "ct-reports")).isTrue();
    awaitCaughtUp(listening, owner);
    awaitCaughtUp(polling, owner);
    long counter = changeCounter(owner);
    long listened = stats(listening).reloads();
    long polled = stats(polling).reloads();
    for (int i = 0; i < 20; i++) {
      // what a stranger's PostgREST PATCH that matches nothing, or a refused disable, sends
      assertThatThrownBy(() -> uncached.asUser(stranger).disable(acme.orgId(), "ct-reports"))
          .isInstanceOf(ModuleNotInstalledException.class);
      sql(owner, "update public.org_modules set enabled = true where module_id = 'nothing'");
      sql(owner, "update public.org_modules set enabled = enabled, settings = jsonb_build_object('i', ?::int)"
          + " where org_id = ?", i, acme.orgId()); // settings alone: isEnabled cannot see it
      sql(owner, "update public.modules set name = 'Reports ' || ? where id = 'ct-reports'", i);
      sql(owner, "update public.org_members set role = role where org_id = ?", acme.orgId());
      sql(owner, "delete from public.org_members where org_id = ? and user_id = ?", acme.orgId(), stranger);
      sql(owner, "update public.organizations set name = name where id = ?", acme.orgId());
    }
    assertThat(changeCounter(owner)).as("no statement changed a row isEnabled can see").isEqualTo(counter);
    // one real change after them: once it is reflected, the no-op statements had their chance to reload
    sql(owner, "update public.org_modules set enabled = false where org_id = ?", acme.orgId());
    assertThat(changeCounter(owner)).isEqualTo(counter + 1);
    awaitCaughtUp(listening, owner);
    awaitCaughtUp(polling, owner);
    assertThat(stats(listening).reloads()).as("listening: one reload, for the one change").isEqualTo(listened + 1);
    assertThat(stats(polling).reloads()).as("polling: one reload, for the one change").isEqualTo(polled + 1);
    assertThat(listening.asUser(acme.member()).isEnabled(acme.orgId(), "ct-reports")).isFalse();
    sql(owner, "update public.org_modules set enabled = true where org_id = ?", acme.orgId());
  }

  @Test
  void aChangeUnderSessionReplicationRoleReplicaIsReflected() throws SQLException {
    Tenant t = db.fixtures().tenant("Replicated");
    db.fixtures().install(t.orgId(), "ct-reports");
    awaitCaughtUp(listening, owner);
    awaitCaughtUp(polling, owner);
    for (ModuleRegistry snapshot : List.of(listening, polling)) {
      Snapshots.awaitHit(snapshot, "the member", () -> assertThat(snapshot.asUser(t.member())
          .isEnabled(t.orgId(), "ct-reports")).isTrue());
    }
    try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
      s.execute("set session_replication_role = replica");
      s.executeUpdate("update public.org_modules set enabled = false where org_id = '" + t.orgId() + "'");
      s.execute("reset session_replication_role");
    }
    Await.until("the replicated disable to show", () -> !listening.asUser(t.member()).isEnabled(t.orgId(), "ct-reports")
        && !polling.asUser(t.member()).isEnabled(t.orgId(), "ct-reports"));
  }

  @Test
  void theNotificationNamesWhatChangedOrEverythingWhenItWouldNotFit() throws SQLException {
    try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
      s.execute("listen " + ChangeFeed.CHANNEL);
      Tenant t = db.fixtures().tenant("Named");
      UUID newcomer = db.fixtures().user();
      drain(c);
      db.fixtures().install(t.orgId(), "ct-reports");
      assertThat(drain(c)).singleElement().asString().matches("\\d+ o " + t.orgId());
      sql(owner, "insert into public.org_members (org_id, user_id, role) values (?, ?, 'member')", t.orgId(), newcomer);
      assertThat(drain(c)).singleElement().asString().matches("\\d+ u " + newcomer);
      sql(owner, "update public.modules set is_active = false where id = 'ct-reports'");
      sql(owner, "update public.modules set is_active = true where id = 'ct-reports'");
      assertThat(drain(c)).hasSize(2).allSatisfy(p -> assertThat(p).matches("\\d+ c"));
      List<UUID> many = new ArrayList<>();
      for (int i = 0; i < 160; i++) {
        many.add(db.fixtures().organization("Many " + i));
      }
      drain(c);
      sql(owner, "insert into public.org_modules (org_id, module_id) select unnest(?::uuid[]), 'ct-reports'",
          (Object) many.toArray(new UUID[0]));
      assertThat(drain(c)).singleElement().asString().matches("\\d+ a");
      sql(owner, "update public.org_modules set enabled = not enabled where org_id = any (?::uuid[])",
          (Object) many.subList(0, 3).toArray(new UUID[0]));
      assertThat(drain(c)).singleElement().asString().matches("\\d+ o( [0-9a-f-]{36}){3}");
    }
  }

  /** The payloads that reached this connection: those already sent and any arriving within a moment. */
  private static List<String> drain(Connection c) throws SQLException {
    List<String> payloads = new ArrayList<>();
    PGNotification[] heard = c.unwrap(PGConnection.class).getNotifications(200);
    while (heard != null && heard.length > 0) {
      for (PGNotification n : heard) {
        payloads.add(n.getParameter());
      }
      heard = c.unwrap(PGConnection.class).getNotifications(200);
    }
    return payloads;
  }
}
