package io.moduleregistry.bench;

import io.moduleregistry.SnapshotSettings;
import io.moduleregistry.schema.RegistrySchema;
import io.moduleregistry.postgres.DatabaseProvider;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The bench command: starts an embedded PostgreSQL, loads both data sets, runs every JMH benchmark
 * and pgbench (where installed) in the same run, prints one table and writes {@code
 * BENCHMARKS.md} and {@code benchmarks.png} into the folder given as the first argument.
 */
public final class BenchmarkSuite {

  static final int[] THREADS = {1, 2, 4, 8};
  /** Writes timed per refresh mode in the propagation measurement. */
  static final int PROPAGATION_SAMPLES = 200;
  static final int WARMUP_ITERATIONS = 3;
  static final int MEASUREMENT_ITERATIONS = 5;
  static final int MEASUREMENT_SECONDS = 2;

  private BenchmarkSuite() {}

  /**
   * Runs the suite.
   *
   * @param args the output folder (default: the working directory)
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path jmhLog = Files.createTempFile("registry-jmh", ".log");
    try (RegistryDatabase db = RegistryDatabase.builder().provider(DatabaseProvider.EMBEDDED).start();
         ScratchDatabase large = db.createScratchDatabase()) {
      RegistrySchema.migrate(large.dataSource());
      Map<DataSet, String> urls = new LinkedHashMap<>();
      urls.put(DataSet.SMALL, db.jdbcUrl());
      urls.put(DataSet.LARGE, large.jdbcUrl());
      Map<DataSet, Long> loadMillis = new LinkedHashMap<>();
      loadMillis.put(DataSet.SMALL, DataSetGenerator.generate(db.ownerDataSource(), DataSet.SMALL));
      loadMillis.put(DataSet.LARGE, DataSetGenerator.generate(large.dataSource(), DataSet.LARGE));
      System.out.printf("Loaded data sets: small in %d ms, large in %d ms. Running JMH (details in %s)...%n",
          loadMillis.get(DataSet.SMALL), loadMillis.get(DataSet.LARGE), jmhLog);

      List<String> jvmArgs = List.of(
          "-Dbench.url.small=" + urls.get(DataSet.SMALL),
          "-Dbench.url.large=" + urls.get(DataSet.LARGE),
          "-Dbench.app.user=" + RegistryDatabase.APP_ROLE,
          "-Dbench.app.password=" + db.appPassword(),
          "-Dbench.owner.user=" + db.ownerUser(),
          "-Dbench.owner.password=" + db.ownerPassword(),
          "-Xmx1g");

      Collection<RunResult> latency = new Runner(options(jmhLog, jvmArgs)
          .include(LatencyBenchmarks.class.getName())
          .param("size", "small", "large")
          .build()).run();
      Collection<RunResult> snapshot = new Runner(options(jmhLog, jvmArgs)
          .include(SnapshotBenchmarks.class.getName())
          .param("size", "small", "large")
          .build()).run();
      Map<Integer, List<RunResult>> throughput = new LinkedHashMap<>();
      for (int threads : THREADS) {
        Collection<RunResult> r = new Runner(options(jmhLog, jvmArgs)
            .include(ThroughputBenchmarks.class.getName())
            .param("size", "small")
            .threads(threads)
            .build()).run();
        throughput.put(threads, new ArrayList<>(r));
      }
      System.out.println("Measuring propagation...");
      List<Propagation.Result> propagation = List.of(
          Propagation.measure("LISTEN (default)", SnapshotSettings.defaults(), 4, 50, PROPAGATION_SAMPLES,
              urls.get(DataSet.SMALL), RegistryDatabase.APP_ROLE, db.appPassword(), db.ownerDataSource(), DataSet.SMALL),
          Propagation.measure("POLL every 100 ms", SnapshotSettings.builder().refresh(SnapshotSettings.Refresh.POLL).build(),
              4, 50, PROPAGATION_SAMPLES, urls.get(DataSet.SMALL), RegistryDatabase.APP_ROLE, db.appPassword(),
              db.ownerDataSource(), DataSet.SMALL));
      Pgbench pgbench = new Pgbench(db, urls.get(DataSet.SMALL), DataSet.SMALL);
      int seconds = MEASUREMENT_ITERATIONS * MEASUREMENT_SECONDS;
      Map<Integer, Double> scoped = pgbench.runScoped(THREADS, seconds);
      Map<Integer, Double> queryAlone = pgbench.runQueryAlone(THREADS, seconds);

      Report report = new Report(new ArrayList<>(latency), new ArrayList<>(snapshot), throughput, propagation, scoped,
          queryAlone, loadMillis, Environment.describe(db));
      System.out.println();
      System.out.println(report.table());
      report.write(out.resolve("BENCHMARKS.md"), out.resolve("benchmarks.png"),
          out.resolve("registry-bench/PROFILING.md"));
      System.out.println("Wrote " + out.resolve("BENCHMARKS.md") + " and " + out.resolve("benchmarks.png"));
    }
  }

  private static ChainedOptionsBuilder options(Path log, List<String> jvmArgs) {
    return new OptionsBuilder()
        .forks(1)
        .warmupIterations(WARMUP_ITERATIONS)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(MEASUREMENT_ITERATIONS)
        .measurementTime(TimeValue.seconds(MEASUREMENT_SECONDS))
        .jvmArgsAppend(jvmArgs.toArray(String[]::new))
        .output(log.toString());
  }
}
