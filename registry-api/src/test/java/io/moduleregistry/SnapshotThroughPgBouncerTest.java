package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.Await;
import io.moduleregistry.testkit.PgBouncer;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import org.junit.jupiter.api.Test;

/**
 * The snapshot behind a real PgBouncer in transaction mode, where LISTEN cannot work: it picks
 * polling by itself, and changes committed by another writer (plain SQL here) reach it, so that
 * its answers equal the uncached ones through the same pooler. Skipped, saying why, where PgBouncer
 * is not installed.
 */
class SnapshotThroughPgBouncerTest {

  @Test
  void behindTransactionModePgBouncerTheSnapshotPollsAndFollowsCommittedChanges() throws Exception {
    PgBouncers.assumeInstalled();
    RegistryDatabase db = RegistryDatabase.shared();
    Tenant acme = db.fixtures().tenant("Bounced");
    db.fixtures().module("bounced-reports", "Reports");
    try (PgBouncer bouncer = PgBouncer.start(db, 2);
         HikariDataSource pool = PgBouncers.pool(bouncer, db, 4);
         ModuleRegistry cached = ModuleRegistry.builder(pool).snapshot(SnapshotSettings.defaults()).build()) {
      ModuleRegistry uncached = ModuleRegistry.create(pool);
      UserScope member = cached.asUser(acme.member());
      assertThat(cached.snapshotStats().orElseThrow().mode()).containsIgnoringCase("poll");
      // Until its first reload the snapshot sends every call to the database; wait until it answers from memory.
      Snapshots.awaitLive(cached);

      assertThat(member.isEnabled(acme.orgId(), "bounced-reports")).isFalse();
      assertThat(member.isEnabled(acme.orgId(), "bounced-reports")).isFalse();
      long hitsBefore = cached.snapshotStats().orElseThrow().hits();
      assertThat(hitsBefore).as("the second call answered from memory").isPositive();
      db.fixtures().install(acme.orgId(), "bounced-reports"); // another writer: plain SQL as the owner
      Await.until("the install to reach the snapshot", () -> member.isEnabled(acme.orgId(), "bounced-reports"));

      db.fixtures().update("update public.org_modules set enabled = false where org_id = ? and module_id = ?",
          acme.orgId(), "bounced-reports");
      Await.until("the disable to reach the snapshot", () -> !member.isEnabled(acme.orgId(), "bounced-reports"));
      assertThat(member.isEnabled(acme.orgId(), "bounced-reports"))
          .isEqualTo(uncached.asUser(acme.member()).isEnabled(acme.orgId(), "bounced-reports"));
      assertThat(cached.asUser(db.fixtures().user()).isEnabled(acme.orgId(), "bounced-reports"))
          .as("a stranger").isFalse();
      SnapshotStats stats = cached.snapshotStats().orElseThrow();
      assertThat(stats.hits()).as("answers after the changes came from memory too").isGreaterThan(hitsBefore);
      assertThat(stats.reloads()).isGreaterThanOrEqualTo(2);
    }
  }


  /**
   * The issue-17 case: a URL that names no pooler (prepareThreshold given as a data-source
   * property instead), where the old probe (LISTEN and NOTIFY on one connection) passed and every
   * later notification was lost. A notification from another connection must reach the listener
   * before it is trusted; a removed member then loses the module.
   */
  @Test
  void aUrlThatNamesNoPoolerStillEndsUpPollingAndARemovedMemberLosesTheModule() throws Exception {
    PgBouncers.assumeInstalled();
    RegistryDatabase db = RegistryDatabase.shared();
    Tenant acme = db.fixtures().tenant("Unmarked");
    db.fixtures().module("unmarked-reports", "Reports");
    db.fixtures().install(acme.orgId(), "unmarked-reports");
    try (PgBouncer bouncer = PgBouncer.start(db, 2)) {
      String unmarked = bouncer.jdbcUrl().replaceAll("([?&])prepareThreshold=0&?", "$1").replaceAll("[?&]$", "");
      assertThat(unmarked).doesNotContainIgnoringCase("preparethreshold").doesNotContain("6543")
          .doesNotContainIgnoringCase("pgbouncer");
      try (HikariDataSource pool = AppPools.pool(db, unmarked, 4,
               config -> config.addDataSourceProperty("prepareThreshold", "0"));
           ModuleRegistry cached = ModuleRegistry.builder(pool).snapshot(SnapshotSettings.defaults()).build()) {
        Snapshots.awaitLive(cached);
        assertThat(cached.snapshotStats().orElseThrow().mode()).isEqualTo("POLL");
        UserScope member = cached.asUser(acme.member());
        Snapshots.awaitHit(cached, "the member", () -> assertThat(member.isEnabled(acme.orgId(), "unmarked-reports")).isTrue());
        long removed = System.nanoTime();
        db.fixtures().update("delete from public.org_members where org_id = ? and user_id = ?", acme.orgId(), acme.member());
        Await.until("the removal to reach the snapshot", () -> !member.isEnabled(acme.orgId(), "unmarked-reports"));
        System.out.printf("through PgBouncer, no marker in the URL: the removed member's isEnabled turned false after %.0f ms%n",
            (System.nanoTime() - removed) / 1e6);
      }
    }
  }
}
