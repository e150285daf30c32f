package io.moduleregistry.bench;

import io.moduleregistry.postgres.DatabaseProvider;
import io.moduleregistry.testkit.RegistryDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The OpenFeature provider's benchmark alone ({@link OpenFeatureBenchmarks}, one JMH run on the small
 * data set): prints the figures and writes them as BENCHMARKS.md's OpenFeature section, between
 * markers that the full suite's report carries over. Run with
 * {@code ./mvnw -q -Pbench -DskipTests package -pl registry-bench -am -Dbench.main=io.moduleregistry.bench.OpenFeatureBench}.
 */
public final class OpenFeatureBench {

  static final String START = "<!-- openfeature:start -->";
  static final String END = "<!-- openfeature:end -->";
  static final String COMMAND =
      "./mvnw -q -Pbench -DskipTests package -pl registry-bench -am -Dbench.main=io.moduleregistry.bench.OpenFeatureBench";

  /**
   * Warm-up iterations of 1 s: more than the suite's, because on the loaded shared machine the
   * JIT's threads wait for a core too, and the provider's deeper call chain was still interpreted
   * or at C1 (10× slower, falling iteration by iteration) after the suite's three seconds.
   */
  static final int WARMUP_ITERATIONS = 8;

  private OpenFeatureBench() {}

  /**
   * Runs the benchmark and writes the section.
   *
   * @param args the output folder holding BENCHMARKS.md (default: the working directory)
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path jmhLog = Files.createTempFile("registry-jmh-openfeature", ".log");
    try (RegistryDatabase db = RegistryDatabase.builder().provider(DatabaseProvider.EMBEDDED).start()) {
      DataSetGenerator.generate(db.ownerDataSource(), DataSet.SMALL);
      System.out.println("Running JMH (details in " + jmhLog + ")...");
      // BENCH_PROF=gc (any JMH profiler's name) adds that profiler to a look-only run: figures printed, not written.
      String profiler = System.getenv("BENCH_PROF");
      ChainedOptionsBuilder options = new OptionsBuilder()
          .include(OpenFeatureBenchmarks.class.getName())
          .param("size", "small")
          .forks(1)
          .warmupIterations(WARMUP_ITERATIONS)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(BenchmarkSuite.MEASUREMENT_ITERATIONS)
          .measurementTime(TimeValue.seconds(BenchmarkSuite.MEASUREMENT_SECONDS))
          .jvmArgsAppend("-Dbench.url.small=" + db.jdbcUrl(), "-Dbench.app.user=" + RegistryDatabase.APP_ROLE,
              "-Dbench.app.password=" + db.appPassword(), "-Dbench.owner.user=" + db.ownerUser(),
              "-Dbench.owner.password=" + db.ownerPassword(), "-Xmx1g")
          .output(jmhLog.toString());
      if (profiler != null && !profiler.isBlank()) {
        options.addProfiler(profiler);
      }
      Collection<RunResult> results = new Runner(options.build()).run();
      Map<String, double[]> scores = new HashMap<>();
      for (RunResult r : results) {
        String name = r.getParams().getBenchmark();
        Result<?> cpuNanos = r.getSecondaryResults().get("cpuNanos");
        Result<?> cpuCalls = r.getSecondaryResults().get("cpuCalls");
        scores.put(name.substring(name.lastIndexOf('.') + 1), new double[] {
            r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(),
            cpuNanos == null || cpuCalls == null ? Double.NaN : cpuNanos.getScore() / cpuCalls.getScore()});
      }
      String section = section(scores, Environment.describe(db));
      System.out.println(section);
      if (profiler != null && !profiler.isBlank()) {
        for (RunResult r : results) {
          String name = r.getParams().getBenchmark();
          r.getSecondaryResults().forEach((label, result) -> System.out.printf(Locale.ROOT, "%s %s: %s%n",
              name.substring(name.lastIndexOf('.') + 1), label, result));
        }
        System.out.println("Profiled with " + profiler + ": BENCHMARKS.md left as it was");
        return;
      }
      Path markdown = out.resolve("BENCHMARKS.md");
      String old = Files.exists(markdown) ? Files.readString(markdown) : "# Benchmarks\n";
      Files.writeString(markdown, withSection(old, section));
      System.out.println("Wrote the OpenFeature section of " + markdown);
    }
  }

  static String section(Map<String, double[]> scores, Map<String, String> machine) {
    double base = scores.get("isEnabled_snapshot")[0];
    double cpuBase = scores.get("isEnabled_snapshot")[2];
    StringBuilder md = new StringBuilder(START).append("\n## OpenFeature provider\n\n")
        .append("`RegistryFeatureProvider.getBooleanEvaluation` (a module's id; the user and organization read from the\n")
        .append("evaluation context as text, as a context carries them) against `asUser(member).isEnabled(org, module)` on\n")
        .append("the snapshot path, on the same registry, callers and steps (small data set); the same through\n")
        .append("OpenFeature's `Client` (no hooks); and, as the SDK's own floor, that `Client` over the SDK's\n")
        .append("`InMemoryProvider` (a map lookup) with the same keys and contexts. One JMH run (1 fork, ")
        .append(WARMUP_ITERATIONS).append(" × 1 s warm-up, ").append(BenchmarkSuite.MEASUREMENT_ITERATIONS)
        .append(" × ").append(BenchmarkSuite.MEASUREMENT_SECONDS)
        .append(" s), one thread. Target: the provider ≤ 2× `isEnabled` and ≤ 500 ns.\n\n")
        .append("Wall-clock time is JMH's score; CPU time is the benchmark thread's own (`CpuTime`), which leaves out the\n")
        .append("time spent waiting for a core on the shared machine, so its ratios hold steadier from run to run.\n")
        .append("One evaluation context per caller (an `ImmutableContext`, handed to the provider directly), on two walks\n")
        .append("of the same steps: every call another caller (~1,000 of them), so each call reads its context's objects\n")
        .append("(about ten cache lines) cold where `isEnabled` reads two ids; and requests, ")
        .append(OpenFeatureBenchmarks.Requests.FLAGS).append(" flags per caller in a row,\n")
        .append("as a request checks its flags with the context it has just built (`isEnabled` on the same steps).\n\n")
        .append("```bash\n").append(COMMAND).append("\n```\n\n")
        .append("| call | ns/op | ± (99.9 %) | × isEnabled | CPU ns/op | CPU × isEnabled |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (String name : List.of("isEnabled_snapshot", "provider_boolean", "client_boolean", "client_inMemory")) {
      row(md, name, scores.get(name), scores.get("isEnabled_snapshot"));
    }
    for (String name : List.of("isEnabled_request", "provider_request")) {
      row(md, name, scores.get(name), scores.get("isEnabled_request"));
    }
    md.append("\n(`isEnabled_request` and `provider_request`: the requests' walk, their ratios to `isEnabled_request`.)\n");
    targets(md, "every call another caller", scores.get("provider_boolean"), scores.get("isEnabled_snapshot"));
    targets(md, "requests of " + OpenFeatureBenchmarks.Requests.FLAGS + " flags", scores.get("provider_request"),
        scores.get("isEnabled_request"));
    double client = scores.get("client_boolean")[0];
    double floor = scores.get("client_inMemory")[0];
    double cpuClient = scores.get("client_boolean")[2];
    double cpuFloor = scores.get("client_inMemory")[2];
    md.append(String.format(Locale.ROOT, "%nThe SDK's own floor, its `Client` over a map lookup: %.1f ns wall-clock (%.2f× isEnabled),"
        + " %.1f ns CPU (%.2f×); through the `Client`, the registry's provider costs %.1f ns wall-clock, %.1f ns CPU"
        + " more than that floor.%n", floor, floor / base, cpuFloor, cpuFloor / cpuBase, client - floor, cpuClient - cpuFloor));
    md.append("\nMachine: ").append(machine.getOrDefault("CPU", "?")).append(", ")
        .append(machine.getOrDefault("Cores", "?")).append(" cores, ").append(machine.getOrDefault("JDK", "?"))
        .append(", load average ").append(loadAverage()).append(" as it ended (shared with other builds).\n")
        .append(END).append('\n');
    return md.toString();
  }

  /** A table row: wall-clock and CPU time, each against its baseline's. */
  private static void row(StringBuilder md, String name, double[] s, double[] baseline) {
    md.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %.2f | %.1f | %.2f |%n", name, s[0], s[1], s[0] / baseline[0],
        s[2], s[2] / baseline[2]));
  }

  /** Whether the provider met both targets on one walk, wall-clock and CPU time. */
  private static void targets(StringBuilder md, String walk, double[] provider, double[] baseline) {
    md.append(String.format(Locale.ROOT, "%nTargets, %s:%n", walk));
    String[] clocks = {"wall-clock", "CPU time"};
    int[] columns = {0, 2};
    for (int k = 0; k < 2; k++) {
      double p = provider[columns[k]];
      double b = baseline[columns[k]];
      md.append(String.format(Locale.ROOT, "- %s: ≤ 2× isEnabled: %s (%.2f×); ≤ 500 ns: %s (%.1f ns).%n", clocks[k],
          p <= 2 * b ? "met" : "not met", p / b, p <= 500 ? "met" : "not met", p));
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The document with this section in place of the one it had, or appended. */
  static String withSection(String document, String section) {
    int start = document.indexOf(START);
    int end = document.indexOf(END);
    if (start >= 0 && end > start) {
      return document.substring(0, start) + section + document.substring(end + END.length()).replaceFirst("^\n", "");
    }
    return document.endsWith("\n\n") ? document + section : document + "\n" + section;
  }

  /** The OpenFeature section of an existing document, so that the full suite's rewrite keeps it; empty if none. */
  static String carriedOver(Path markdown) throws IOException {
    if (!Files.exists(markdown)) {
      return "";
    }
    String old = Files.readString(markdown);
    int start = old.indexOf(START);
    int end = old.indexOf(END);
    return start >= 0 && end > start ? "\n" + old.substring(start, end + END.length()) + "\n" : "";
  }
}
