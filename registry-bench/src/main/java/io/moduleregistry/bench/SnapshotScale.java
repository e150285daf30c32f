package io.moduleregistry.bench;

import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.SnapshotSettings;
import io.moduleregistry.SnapshotStats;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.postgres.DatabaseProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The snapshot at a real service's scale (issue 17): 4 snapshots holding 1,000, 10,000 and 100,000
 * callers each (distinct users, each a member of one of 34,000 organizations); for each size the
 * propagation of a committed change, the reload round trips and callers per change and the heap per
 * cached caller; with the largest size, {@code isEnabled} latency from memory (a timing loop over
 * random held callers, {@code asUser} included), and the hit ratio while another writer changes one
 * organization 10 times a second, with every sampled answer checked against the uncached call.
 *
 * <p>{@code java -cp ... io.moduleregistry.bench.SnapshotScale [samples] [sizes...]}; prints a
 * Markdown section and writes it to {@code registry-bench/}{@value #SECTION_FILE} (under the folder
 * named by {@code -Dbench.output}, default the working directory), which {@link Report} puts into
 * BENCHMARKS.md. Not JMH: the latency loop is a plain loop, reported as such.
 */
public final class SnapshotScale {

  /** The section's file, next to PROFILING.md. */
  static final String SECTION_FILE = "SNAPSHOT_SCALE.md";

  private static final DataSet SET = new DataSet("scale", 34_000);

  /** How to run it from a clean clone (after {@code ./mvnw -q -pl registry-bench -am -DskipTests package}). */
  static final String COMMAND = "./mvnw -q -pl registry-bench -am -DskipTests package dependency:build-classpath"
      + " -Dmdep.outputFile=cp.txt && java -Xmx3g -cp registry-bench/target/classes:$(cat registry-bench/cp.txt)"
      + " io.moduleregistry.bench.SnapshotScale"; // each module writes its own cp.txt: the bench's is registry-bench's

  private SnapshotScale() {}

  /**
   * Runs it.
   *
   * @param args samples per size (default 50), then the sizes (default 1000 10000 100000)
   */
  public static void main(String[] args) throws Exception {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1_000, 10_000, 100_000);
    }
    try (RegistryDatabase db = RegistryDatabase.builder().provider(DatabaseProvider.EMBEDDED).start()) {
      long loaded = DataSetGenerator.generate(db.ownerDataSource(), SET);
      System.out.printf("Loaded %d organizations, %d users in %d ms%n", SET.orgs(), SET.memberships(), loaded);
      List<Propagation.Result> results = new ArrayList<>();
      List<String> steady = new ArrayList<>();
      int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
      for (int callers : sizes) {
        SnapshotSettings settings = SnapshotSettings.builder().maxEntries(Math.max(100_000, 12 * callers)).build(); // 11 entries a caller here
        results.add(Propagation.measure("LISTEN", settings, 4, callers, samples, db.jdbcUrl(), RegistryDatabase.APP_ROLE,
            db.appPassword(), db.ownerDataSource(), SET,
            callers == largest ? (registries, truth) -> steady.add(steadyState(registries.get(0), truth, callers, db)) : null));
        System.out.println(results.get(results.size() - 1));
      }
      StringBuilder table = new StringBuilder("| callers held per snapshot (4 snapshots) | samples | p50 ms | p99 ms | max ms"
          + " | p99 <= 250 ms | reload round trips per change per snapshot | callers reloaded per change per snapshot"
          + " | heap per cached caller | wrong answers |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
      for (Propagation.Result r : results) {
        table.append(String.format(Locale.ROOT, "| %,d | %d | %.1f | %.1f | %.1f | %s | %.2f | %.2f | %.0f B | %d |%n",
            r.callers(), r.samples(), r.p50Millis(), r.p99Millis(), r.maxMillis(),
            r.p99Millis() <= Propagation.TARGET_P99_MILLIS ? "met" : "MISSED", r.roundTripsPerChange(),
            r.callersPerChange(), r.bytesPerCaller(), r.wrongAnswers()));
      }
      String section = "## The snapshot at a real service's scale\n\n"
          + "One run of `SnapshotScale` (" + samples + " changes per size), separate from the suite above:\n\n"
          + "```bash\n" + COMMAND + " " + samples + " " + String.join(" ", sizes.stream().map(String::valueOf).toList())
          + "\n```\n\n"
          + "Four registries with a snapshot each (LISTEN, the defaults but `maxEntries`) over one data set of "
          + String.format(Locale.ROOT, "%,d", SET.orgs()) + " organizations with three members each; each snapshot holds"
          + " the given number of distinct users, loaded by their first call. The owner toggles an installation of"
          + " organization 1 with plain SQL; the clock runs from the commit's return until every snapshot has applied"
          + " that change. Round trips and callers reloaded are per change and per snapshot, from `SnapshotStats`;"
          + " the heap per cached caller is the used heap's growth (after GC) over the warm-up of all four, divided by"
          + " the callers they hold.\n\n" + table + "\n" + String.join("\n", steady) + "\n";
      System.out.println();
      System.out.println(section);
      Path out = Path.of(System.getProperty("bench.output", ".")).resolve("registry-bench").resolve(SECTION_FILE);
      Files.createDirectories(out.getParent());
      Files.writeString(out, section);
    }
  }

  /** Latency from memory with {@code callers} held, then the hit ratio under a writer at 10 changes a second. */
  private static String steadyState(ModuleRegistry registry, ModuleRegistry truth, int callers, RegistryDatabase db)
      throws SQLException {
    String module = DataSet.module(1);
    int[] picks = new int[1 << 20];
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < picks.length; i++) {
      picks[i] = 1 + random.nextInt(callers);
    }
    UUID[] users = new UUID[callers + 1];
    UUID[] orgs = new UUID[callers + 1];
    for (int k = 1; k <= callers; k++) {
      users[k] = Propagation.caller(k);
      orgs[k] = Propagation.orgOf(SET, k);
    }
    // What a service does: the ids arrive with the request (just parsed, in cache) while the caller is any of
    // those held. So the inputs are read in sequence (the prefetcher streams them) and each call builds its
    // two UUIDs from two longs, as parsing would; the same loop without the registry is the loop's own cost.
    long[] inputs = new long[4 * picks.length];
    for (int i = 0; i < picks.length; i++) {
      int k = picks[i];
      inputs[4 * i] = users[k].getMostSignificantBits();
      inputs[4 * i + 1] = users[k].getLeastSignificantBits();
      inputs[4 * i + 2] = orgs[k].getMostSignificantBits();
      inputs[4 * i + 3] = orgs[k].getLeastSignificantBits();
    }
    Loop fresh = (i) -> {
      int at = 4 * (i & (picks.length - 1));
      return registry.asUser(new UUID(inputs[at], inputs[at + 1])).isEnabled(new UUID(inputs[at + 2], inputs[at + 3]), module);
    };
    Loop freshAlone = (i) -> {
      int at = 4 * (i & (picks.length - 1));
      return (new UUID(inputs[at], inputs[at + 1]).hashCode() ^ new UUID(inputs[at + 2], inputs[at + 3]).hashCode() ^ module.length()) < 0;
    };
    // The loop of earlier runs: the held callers' UUID objects, picked at random (each pick: two cold objects).
    Loop held = (i) -> {
      int k = picks[i & (picks.length - 1)];
      return registry.asUser(users[k]).isEnabled(orgs[k], module);
    };
    Loop heldAlone = (i) -> {
      int k = picks[i & (picks.length - 1)];
      return (users[k].hashCode() ^ orgs[k].hashCode() ^ module.length()) < 0;
    };
    double[] freshNs = time(fresh);
    double[] freshAloneNs = time(freshAlone);
    double[] heldNs = time(held);
    double[] heldAloneNs = time(heldAlone);
    String latency = String.format(Locale.ROOT, "\n\n`isEnabled` from memory with %,d callers held, `asUser` included, one thread, a plain"
            + " timing loop (not JMH) of %,d calls over uniformly random held callers after %,d warm-up calls, ns per call"
            + " (thread CPU time / wall-clock time):\n\n| inputs | the call | the loop alone (inputs, no registry) | the call less the loop |"
            + "\n| --- | ---: | ---: | ---: |"
            + "\n| ids arriving with the request (read in sequence, two `new UUID(msb, lsb)` per call) | %.1f / %.1f | %.1f / %.1f | %.1f |"
            + "\n| the held callers' own UUID objects, at random (two cold objects per call) | %.1f / %.1f | %.1f / %.1f | %.1f |\n",
        callers, MEASURED, WARM_UP, freshNs[0], freshNs[1], freshAloneNs[0], freshAloneNs[1], freshNs[0] - freshAloneNs[0],
        heldNs[0], heldNs[1], heldAloneNs[0], heldAloneNs[1], heldNs[0] - heldAloneNs[0]);
    boolean sink = false;

    SnapshotStats before = registry.snapshotStats().orElseThrow();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger changes = new AtomicInteger();
    Thread writer = new Thread(() -> {
      while (writing.get()) {
        try {
          Propagation.toggle(db.ownerDataSource(), DataSet.org(1), module);
          changes.incrementAndGet();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
      }
    });
    writer.start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    long reads = 0;
    while (System.nanoTime() < until) {
      int k = picks[(int) (reads & (picks.length - 1))];
      sink ^= registry.asUser(users[k]).isEnabled(orgs[k], module);
      reads++;
    }
    writing.set(false);
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    SnapshotStats after = registry.snapshotStats().orElseThrow();
    long hits = after.hits() - before.hits();
    long misses = after.misses() - before.misses();
    if (changes.get() % 2 == 1) {
      Propagation.toggle(db.ownerDataSource(), DataSet.org(1), module);
    }
    Propagation.awaitVersion(registry, changeCounter(db));
    int wrong = 0;
    int checked = 0;
    for (int i = 0; i < 2_000; i++) {
      int k = i < 3 ? new int[] {1, SET.orgs() + 1, 2 * SET.orgs() + 1}[i] : picks[i];
      for (int m = 1; m <= 2; m++) {
        checked++;
        if (registry.asUser(users[k]).isEnabled(orgs[k], DataSet.module(m))
            != truth.asUser(users[k]).isEnabled(orgs[k], DataSet.module(m))) {
          wrong++;
        }
      }
    }
    return String.format(Locale.ROOT, "With %,d callers held, for 5 s while another writer changed organization 1 %d times"
            + " (10 a second): %,d calls, hit ratio %.4f (%,d misses); afterwards %d of %d sampled answers differed from the"
            + " uncached call.%s%s",
        callers, changes.get(), hits + misses, hits / (double) (hits + misses), misses, wrong, checked, sink ? "" : "", latency);
  }

  /** One call of a timing loop, for the i-th pick. */
  private interface Loop {
    boolean call(int i);
  }

  private static final int ROUND = 4_000_000;
  private static final long WARM_UP = 3L * ROUND;
  private static final long MEASURED = 3L * ROUND;

  /** Thread CPU and wall-clock ns per call of a loop: 3 rounds to warm the JIT, 3 kept. */
  private static double[] time(Loop loop) {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean sink = false;
    long nanos = 0;
    long cpuNanos = 0;
    for (int round = 0; round < 6; round++) {
      long started = System.nanoTime();
      long cpuStarted = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < ROUND; i++) {
        sink ^= loop.call(i);
      }
      if (round >= 3) {
        nanos += System.nanoTime() - started;
        cpuNanos += threads.getCurrentThreadCpuTime() - cpuStarted; // what the thread ran: a shared machine deschedules it
      }
    }
    if (sink && nanos < 0) {
      throw new AssertionError(); // keeps the answers alive
    }
    return new double[] {cpuNanos / (double) MEASURED, nanos / (double) MEASURED};
  }

  private static long changeCounter(RegistryDatabase db) throws SQLException {
    try (var c = db.ownerDataSource().getConnection(); var s = c.createStatement();
         var rs = s.executeQuery("select version from module_registry.change_counter")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
