package io.moduleregistry;

import io.moduleregistry.testkit.Await;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Waiting on a snapshot and breaking its connection, for the snapshot tests. Waits are bounded, never asserted. */
final class Snapshots {

  private Snapshots() {}

  static SnapshotStats stats(ModuleRegistry registry) {
    return registry.snapshotStats().orElseThrow();
  }

  /** Until the snapshot answers from memory. */
  static void awaitLive(ModuleRegistry registry) {
    Await.until("the snapshot to be live: " + stats(registry), () -> stats(registry).live());
  }

  /**
   * Until the snapshot is live and has reloaded past every change committed so far (the change
   * counter, read now as the owner). Not "any reload since": that one may have begun before the
   * change committed, and answer from memory without it.
   */
  static void awaitCaughtUp(ModuleRegistry registry, DataSource owner) throws SQLException {
    awaitVersion(registry, changeCounter(owner));
  }

  /** Until the snapshot is live and has reloaded past change {@code target}. */
  static void awaitVersion(ModuleRegistry registry, long target) {
    Await.until("a reload past change " + target + ": " + stats(registry),
        () -> stats(registry).live() && stats(registry).changeVersion() >= target);
  }

  /**
   * Until one run of {@code call} is answered from memory. The first call of a caller loads its
   * entry, and a reload already under way (a notification of an earlier commit) drops an entry loaded
   * while it ran, so "the second call hits" holds only once the snapshot is quiet; this does not wait
   * for quiet, it waits for the hit.
   */
  static void awaitHit(ModuleRegistry registry, String what, Runnable call) {
    Await.until(what + " to be answered from memory: " + stats(registry), () -> {
      long hits = stats(registry).hits();
      call.run();
      return stats(registry).hits() > hits;
    });
  }

  /**
   * Until one run of {@code round}, making {@code calls} calls, is answered wholly from memory: no
   * miss, and no reload or lost connection while it ran (either may drop an entry just loaded).
   */
  static void awaitQuietRound(ModuleRegistry registry, String what, int calls, Runnable round) {
    Await.until(what + ": " + stats(registry), () -> {
      SnapshotStats before = stats(registry);
      round.run();
      SnapshotStats after = stats(registry);
      return after.hits() == before.hits() + calls && after.reloads() == before.reloads()
          && after.connectionLosses() == before.connectionLosses();
    });
  }

  /** Until {@link #terminateListeners} finds a listener to kill (it may be between connections); returns how many. */
  static int awaitTerminatedListeners(DataSource owner) {
    int[] killed = new int[1];
    Await.until("a snapshot listener to terminate", () -> {
      try {
        killed[0] = terminateListeners(owner);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return killed[0] > 0;
    });
    return killed[0];
  }

  /** The change counter now, read as the owner: every change committed so far is at or below it. */
  static long changeCounter(DataSource owner) throws SQLException {
    try (Connection c = owner.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select version from module_registry.change_counter")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Kills every snapshot listener's backend on this database, as an owner (superuser) may; returns how many. */
  static int terminateListeners(DataSource owner) throws SQLException {
    try (Connection c = owner.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
             + " where application_name = 'module-registry-snapshot-listener' and datname = current_database()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Runs one statement as the owner, on any data source (the restart test's server is not the testkit's). */
  static int sql(DataSource owner, String sql, Object... parameters) throws SQLException {
    try (Connection c = owner.getConnection(); var s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    }
  }
}
