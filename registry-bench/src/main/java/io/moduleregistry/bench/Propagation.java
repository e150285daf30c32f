package io.moduleregistry.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.SnapshotSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * How long a committed write takes to reach every snapshot: several registries with a snapshot
 * each (as several service instances would have), each holding some callers; the owner toggles an
 * installation with plain SQL, reading the change counter in the same transaction; the clock runs
 * from the commit's return until every snapshot has swapped in a reload that began at or after that
 * counter value (and so reflects the write). Not JMH: one sample is one write.
 */
final class Propagation {

  static final double TARGET_P99_MILLIS = 250;

  /**
   * One refresh mode's figures.
   *
   * @param roundTripsPerChange reload round trips per change, per snapshot
   * @param callersPerChange callers reloaded per change, per snapshot
   * @param bytesPerCaller heap held per cached caller (the callers' warm-up's growth of the used heap after GC)
   */
  record Result(String mode, int snapshots, int callers, int samples, double p50Millis, double p99Millis,
      double maxMillis, int wrongAnswers, double roundTripsPerChange, double callersPerChange, double bytesPerCaller) {}

  /** Caller k (1-based) of a data set: user k, a member of organization ((k - 1) mod orgs) + 1. */
  static UUID caller(int k) {
    return DataSet.md5Uuid("user-" + k);
  }

  static UUID orgOf(DataSet set, int k) {
    return DataSet.org((k - 1) % set.orgs() + 1);
  }

  private Propagation() {}

  /**
   * Measures one refresh mode.
   *
   * @param callers callers each snapshot holds (each reload reloads them all, one query each)
   */
  static Result measure(String mode, SnapshotSettings settings, int snapshots, int callers, int samples, String url,
      String appUser, String appPassword, DataSource owner, DataSet set) throws SQLException {
    return measure(mode, settings, snapshots, callers, samples, url, appUser, appPassword, owner, set, null);
  }

  /** What to do with the registries once propagation is measured, while they still hold their callers. */
  interface Then {
    void run(List<ModuleRegistry> registries, ModuleRegistry truth) throws SQLException;
  }

  static Result measure(String mode, SnapshotSettings settings, int snapshots, int callers, int samples, String url,
      String appUser, String appPassword, DataSource owner, DataSet set, Then then) throws SQLException {
    List<ModuleRegistry> registries = new ArrayList<>();
    UUID org = DataSet.org(1);
    UUID member = set.member(1);
    String module = DataSet.module(1);
    try (HikariDataSource app = BenchState.pool(url, appUser, appPassword)) {
      for (int i = 0; i < snapshots; i++) {
        registries.add(ModuleRegistry.builder(app).snapshot(settings).build());
      }
      for (ModuleRegistry registry : registries) {
        awaitVersion(registry, 0);
      }
      long heapBefore = usedHeap();
      List<Thread> warmers = new ArrayList<>();
      for (ModuleRegistry registry : registries) { // one thread per snapshot, as separate instances would
        Thread warmer = new Thread(() -> {
          for (int k = 1; k <= callers; k++) {
            registry.asUser(caller(k)).isEnabled(orgOf(set, k), module);
          }
        });
        warmer.start();
        warmers.add(warmer);
      }
      for (Thread warmer : warmers) {
        try {
          warmer.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      double bytesPerCaller = (usedHeap() - heapBefore) / (double) (snapshots * (long) callers);
      long tripsBefore = 0;
      long callersBefore = 0;
      for (ModuleRegistry registry : registries) {
        var stats = registry.snapshotStats().orElseThrow();
        tripsBefore += stats.reloadRoundTrips();
        callersBefore += stats.callersReloaded();
      }
      ModuleRegistry truth = ModuleRegistry.create(app);
      double[] millis = new double[samples];
      int wrong = 0;
      SplittableRandom random = new SplittableRandom(42);
      for (int i = 0; i < samples; i++) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10 + random.nextInt(30)));
        long version = toggle(owner, org, module);
        long committed = System.nanoTime();
        for (ModuleRegistry registry : registries) {
          awaitVersion(registry, version);
        }
        millis[i] = (System.nanoTime() - committed) / 1e6;
        boolean expected = truth.asUser(member).isEnabled(org, module);
        for (ModuleRegistry registry : registries) {
          if (registry.asUser(member).isEnabled(org, module) != expected) {
            wrong++;
          }
        }
      }
      long trips = -tripsBefore;
      long reloaded = -callersBefore;
      for (ModuleRegistry registry : registries) {
        var stats = registry.snapshotStats().orElseThrow();
        trips += stats.reloadRoundTrips();
        reloaded += stats.callersReloaded();
      }
      if (samples % 2 == 1) {
        toggle(owner, org, module); // leave the data set as it was
      }
      if (then != null) {
        then.run(registries, truth);
      }
      Arrays.sort(millis);
      return new Result(mode, snapshots, callers, samples, percentile(millis, 0.50), percentile(millis, 0.99),
          millis[samples - 1], wrong, trips / (double) (samples * snapshots), reloaded / (double) (samples * snapshots),
          bytesPerCaller);
    } finally {
      registries.forEach(ModuleRegistry::close);
    }
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Flips the installation and returns the change counter as of that transaction. */
  static long toggle(DataSource owner, UUID org, String module) throws SQLException {
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(
          "update public.org_modules set enabled = not enabled where org_id = ? and module_id = ?")) {
        s.setObject(1, org);
        s.setString(2, module);
        s.executeUpdate();
      }
      long version;
      try (PreparedStatement s = c.prepareStatement("select version from module_registry.change_counter");
           ResultSet rs = s.executeQuery()) {
        rs.next();
        version = rs.getLong(1);
      }
      c.commit();
      c.setAutoCommit(true);
      return version;
    }
  }

  static void awaitVersion(ModuleRegistry registry, long version) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      var stats = registry.snapshotStats().orElseThrow();
      if (stats.live() && stats.changeVersion() >= version) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("a snapshot did not reach change " + version + " in 60 s: " + stats);
      }
      LockSupport.parkNanos(20_000);
    }
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
