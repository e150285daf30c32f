package io.moduleregistry;

import static io.moduleregistry.Snapshots.awaitCaughtUp;
import static io.moduleregistry.Snapshots.awaitLive;
import static io.moduleregistry.Snapshots.sql;
import static io.moduleregistry.Snapshots.stats;
import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's bound on what it holds, across targeted reloads that replace entries in place: an
 * entry that outgrows the bound is answered by the database from then on, never by the set it had,
 * and replacing an entry never counts it twice. (Found by review after the targeted reloads: the
 * old entry stayed, and the service's weight was added at every reload.)
 */
class SnapshotEntryBoundsTest {

  private static RegistryDatabase db;
  private static DataSource owner;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    owner = db.ownerDataSource();
    for (int i = 1; i <= 3; i++) {
      db.fixtures().module("eb-" + i, "Bounds " + i);
    }
  }

  @Test
  void aUserWhoseEntryOutgrowsTheBoundIsAnsweredByTheDatabaseNotByTheSetItHad() throws SQLException {
    Tenant t = db.fixtures().tenant("Bounds user");
    db.fixtures().install(t.orgId(), "eb-1");
    try (ModuleRegistry registry = ModuleRegistry.builder(db.appDataSource())
        .snapshot(SnapshotSettings.builder().maxEntries(3).build()).build()) {
      awaitLive(registry);
      UserScope member = registry.asUser(t.member());
      assertThat(member.isEnabled(t.orgId(), "eb-1")).isTrue(); // held: one pair, weight 2 of 3
      long hits = stats(registry).hits();
      assertThat(member.isEnabled(t.orgId(), "eb-1")).isTrue();
      assertThat(stats(registry).hits()).as("answered from memory").isGreaterThan(hits);

      db.fixtures().install(t.orgId(), "eb-2"); // another writer: the member now sees 3 pairs, weight 4 > 3
      db.fixtures().install(t.orgId(), "eb-3");
      awaitCaughtUp(registry, owner);

      assertThat(member.isEnabled(t.orgId(), "eb-3")).as("a module installed after the entry outgrew the bound").isTrue();
      assertThat(member.isEnabled(t.orgId(), "eb-2")).isTrue();
    }
  }

  @Test
  void theServicesSetOutgrowingTheBoundIsAnsweredByTheDatabaseNotByTheSetItHad() throws SQLException {
    Tenant t = db.fixtures().tenant("Bounds service");
    db.fixtures().install(t.orgId(), "eb-1");
    int seen = enabledPairs();
    try (ModuleRegistry registry = ModuleRegistry.builder(db.appDataSource())
        .snapshot(SnapshotSettings.builder().maxEntries(seen + 2).build()).build()) {
      awaitLive(registry);
      ServiceScope service = registry.asService();
      assertThat(service.isEnabled(t.orgId(), "eb-1")).isTrue(); // held: weight seen + 1
      long hits = stats(registry).hits();
      assertThat(service.isEnabled(t.orgId(), "eb-1")).isTrue();
      assertThat(stats(registry).hits()).as("answered from memory").isGreaterThan(hits);

      db.fixtures().install(t.orgId(), "eb-2"); // the service's set: seen + 2 pairs, weight seen + 3 > bound
      db.fixtures().install(t.orgId(), "eb-3");
      awaitCaughtUp(registry, owner);

      assertThat(service.isEnabled(t.orgId(), "eb-3")).as("a module installed after the set outgrew the bound").isTrue();
    }
  }

  @Test
  void reloadingAnEntryReplacesItsWeightInsteadOfAddingItAgain() throws SQLException {
    Tenant t = db.fixtures().tenant("Bounds weight");
    db.fixtures().install(t.orgId(), "eb-1");
    try (ModuleRegistry registry = ModuleRegistry.builder(db.appDataSource())
        .snapshot(SnapshotSettings.defaults()).build()) {
      awaitLive(registry);
      assertThat(registry.asService().isEnabled(t.orgId(), "eb-1")).isTrue();
      assertThat(registry.asUser(t.member()).isEnabled(t.orgId(), "eb-1")).isTrue();
      int held = stats(registry).entries();

      for (int i = 0; i < 6; i++) { // six changes of this organization, back where it started
        sql(owner, "update public.org_modules set enabled = not enabled where org_id = ? and module_id = 'eb-1'",
            t.orgId());
        awaitCaughtUp(registry, owner);
      }

      assertThat(stats(registry).entries()).as("entries after reloading the same callers six times").isEqualTo(held);
    }
  }

  private static int enabledPairs() throws SQLException {
    try (Connection c = owner.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select count(*) from public.org_modules om join public.modules m"
             + " on m.id = om.module_id where om.enabled and m.is_active")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
