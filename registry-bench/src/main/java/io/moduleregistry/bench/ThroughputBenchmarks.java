package io.moduleregistry.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** {@code isEnabled} through a user scope, as many threads hammer one HikariCP pool; threads set by the suite. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmarks {

  /** The facade's hot path, as many threads as the suite asks for. */
  @Benchmark
  public boolean isEnabled_facade(BenchState s, Cursor c) {
    return s.isEnabledAsMember(c);
  }

  /** The same answered by the in-process snapshot. */
  @Benchmark
  public boolean isEnabled_cached(BenchState s, SnapshotState snapshot, Cursor c) {
    return BenchState.isEnabledAsMember(snapshot.registry, c);
  }
}
