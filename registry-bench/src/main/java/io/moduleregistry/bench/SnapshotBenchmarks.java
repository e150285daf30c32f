package io.moduleregistry.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** {@code isEnabled} answered by the in-process snapshot, {@code asUser} included: one call at a time, in nanoseconds. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SnapshotBenchmarks {

  /** A member asks whether a module is on for its org; the snapshot answers from memory. */
  @Benchmark
  public boolean isEnabled_cached(BenchState s, SnapshotState snapshot, Cursor c) {
    return BenchState.isEnabledAsMember(snapshot.registry, c);
  }
}
