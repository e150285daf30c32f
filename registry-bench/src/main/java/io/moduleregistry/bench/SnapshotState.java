package io.moduleregistry.bench;

import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.SnapshotSettings;
import io.moduleregistry.SnapshotStats;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A registry with the in-process snapshot on, over the same app-role pool as the facade, with its
 * defaults (LISTEN on a connection of its own). Each thread's callers are loaded on their first
 * call, during warm-up; what is measured is the steady state of a service whose callers recur.
 */
@State(Scope.Benchmark)
public class SnapshotState {

  /** Room for every caller a run can meet on the large data set: 3 threads × 4,096 members × 11 entries. */
  static final int MAX_ENTRIES = 200_000;

  ModuleRegistry registry;

  /**
   * Builds the registry and waits until its snapshot answers from memory.
   *
   * @param bench the pools and data set
   */
  @Setup(Level.Trial)
  public void open(BenchState bench) throws InterruptedException {
    registry = ModuleRegistry.builder(bench.app)
        .snapshot(SnapshotSettings.builder().maxEntries(MAX_ENTRIES).build()).build();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!registry.snapshotStats().orElseThrow().live()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the snapshot did not go live: " + registry.snapshotStats().orElseThrow());
      }
      Thread.sleep(10);
    }
  }

  /** Prints what the snapshot did (into the JMH log), then stops it. */
  @TearDown(Level.Trial)
  public void close() {
    SnapshotStats stats = registry.snapshotStats().orElseThrow();
    System.out.println("snapshot: " + stats);
    registry.close();
  }
}
