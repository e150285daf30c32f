package io.moduleregistry;

import static io.moduleregistry.Snapshots.awaitCaughtUp;
import static io.moduleregistry.Snapshots.awaitLive;
import static io.moduleregistry.Snapshots.sql;
import static io.moduleregistry.Snapshots.stats;
import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A change reloads only the cached callers it can affect, many per round trip: an organization's
 * change its members, a membership change its user, a catalog change everyone. Listening and polling.
 */
class SnapshotTargetedReloadTest {

  private static final int BYSTANDERS = 250;

  private static RegistryDatabase db;
  private static DataSource owner;
  private static ModuleRegistry listening;
  private static ModuleRegistry polling;
  private static final List<Tenant> tenants = new ArrayList<>();

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    owner = db.ownerDataSource();
    db.fixtures().module("tr-reports", "Reports");
    listening = ModuleRegistry.builder(db.appDataSource()).snapshot(SnapshotSettings.defaults()).build();
    polling = ModuleRegistry.builder(db.appDataSource())
        .snapshot(SnapshotSettings.builder().refresh(SnapshotSettings.Refresh.POLL).build()).build();
    for (int i = 0; i < 3; i++) {
      Tenant t = db.fixtures().tenant("Targeted " + i);
      db.fixtures().install(t.orgId(), "tr-reports");
      tenants.add(t);
    }
    awaitLive(listening);
    awaitLive(polling);
  }

  @AfterAll
  static void tearDown() {
    listening.close();
    polling.close();
  }

  @Test
  void aChangeReloadsTheCallersItCanAffectManyPerRoundTrip() throws SQLException {
    Tenant target = tenants.get(0);
    List<UUID> bystanders = new ArrayList<>();
    for (int i = 0; i < BYSTANDERS; i++) {
      bystanders.add(db.fixtures().user());
    }
    for (ModuleRegistry snapshot : List.of(listening, polling)) {
      for (Tenant t : tenants) {
        for (UUID u : List.of(t.owner(), t.admin(), t.member())) {
          assertThat(snapshot.asUser(u).isEnabled(t.orgId(), "tr-reports")).isTrue();
        }
      }
      for (UUID u : bystanders) {
        assertThat(snapshot.asUser(u).isEnabled(target.orgId(), "tr-reports")).isFalse();
      }
    }
    awaitCaughtUp(listening, owner);
    awaitCaughtUp(polling, owner);
    int held = 3 * tenants.size() + BYSTANDERS;

    // an organization's installation: its three members, in one round trip (plus the lookup of members)
    afterChange("update public.org_modules set enabled = false where org_id = ?", target.orgId(), (snapshot, reloaded, trips) -> {
      assertThat(reloaded).as("callers reloaded").isEqualTo(3);
      assertThat(trips).as("round trips").isEqualTo(2);
      assertThat(snapshot.asUser(target.member()).isEnabled(target.orgId(), "tr-reports")).isFalse();
      assertThat(snapshot.asUser(tenants.get(1).member()).isEnabled(tenants.get(1).orgId(), "tr-reports")).isTrue();
    });

    // a membership: that user alone
    UUID joiner = bystanders.get(0);
    afterChange("insert into public.org_members (org_id, user_id, role) values ('" + tenants.get(1).orgId() + "', ?, 'member')",
        joiner, (snapshot, reloaded, trips) -> {
          assertThat(reloaded).as("callers reloaded").isEqualTo(1);
          assertThat(snapshot.asUser(joiner).isEnabled(tenants.get(1).orgId(), "tr-reports")).isTrue();
        });

    // every caller held before the catalog change: a first load that overlapped a heard change was answered
    // but not kept (it may predate the change), so ask again until one whole round is answered from memory
    List<UUID> everyone = new ArrayList<>(bystanders);
    for (Tenant t : tenants) {
      everyone.addAll(List.of(t.owner(), t.admin(), t.member()));
    }
    for (ModuleRegistry snapshot : List.of(listening, polling)) {
      Snapshots.awaitQuietRound(snapshot, "every caller held", everyone.size(),
          () -> everyone.forEach(u -> snapshot.asUser(u).isEnabled(target.orgId(), "tr-reports")));
    }

    // the catalog: everyone, BATCH per round trip
    afterChange("update public.modules set is_active = (? = 'x') where id = 'tr-reports'", "y", (snapshot, reloaded, trips) -> {
      assertThat(reloaded).as("callers reloaded").isGreaterThanOrEqualTo(held);
      assertThat(trips).as("round trips").isLessThanOrEqualTo(reloaded / Snapshot.BATCH + 3);
      assertThat(snapshot.asUser(tenants.get(1).member()).isEnabled(tenants.get(1).orgId(), "tr-reports")).isFalse();
    });
    sql(owner, "update public.modules set is_active = true where id = 'tr-reports'");
  }

  /** What one snapshot did for one change: the callers it reloaded and the round trips that took. */
  @FunctionalInterface
  private interface Check {
    void check(ModuleRegistry snapshot, long reloaded, long trips);
  }

  /** Runs one statement as the owner, waits until both snapshots reflect it, and checks what each did. */
  private static void afterChange(String statement, Object parameter, Check check) throws SQLException {
    SnapshotStats[] before = {stats(listening), stats(polling)};
    sql(owner, statement, parameter);
    awaitCaughtUp(listening, owner);
    awaitCaughtUp(polling, owner);
    List<ModuleRegistry> both = List.of(listening, polling);
    for (int i = 0; i < 2; i++) {
      SnapshotStats now = stats(both.get(i));
      check.check(both.get(i), now.callersReloaded() - before[i].callersReloaded(),
          now.reloadRoundTrips() - before[i].reloadRoundTrips());
    }
  }

  @Test
  void aSelectPolicyTheMigrationsDidNotCreateMakesEveryChangeReloadEveryone() throws SQLException {
    sql(owner, "create policy \"operator's extra\" on public.org_modules for select to authenticated using (false)");
    try (ModuleRegistry guarded = ModuleRegistry.builder(db.appDataSource()).snapshot(SnapshotSettings.defaults()).build()) {
      awaitLive(guarded);
      for (Tenant t : tenants) {
        guarded.asUser(t.member()).isEnabled(t.orgId(), "tr-reports");
      }
      awaitCaughtUp(guarded, owner);
      SnapshotStats was = stats(guarded);
      sql(owner, "update public.org_modules set enabled = not enabled where org_id = ?", tenants.get(2).orgId());
      awaitCaughtUp(guarded, owner);
      assertThat(stats(guarded).callersReloaded() - was.callersReloaded())
          .as("every cached caller, not only the organization's one member held").isEqualTo(tenants.size());
      sql(owner, "update public.org_modules set enabled = not enabled where org_id = ?", tenants.get(2).orgId());
    } finally {
      sql(owner, "drop policy \"operator's extra\" on public.org_modules");
    }
  }
}
