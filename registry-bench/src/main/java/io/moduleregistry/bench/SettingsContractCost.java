package io.moduleregistry.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.ServiceScope;
import io.moduleregistry.postgres.DatabaseProvider;
import io.moduleregistry.testkit.Fixtures;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The settings contract's cost on a write (issue 20): {@link SettingsContractBenchmarks}' writes with
 * and without a schema, alternating write by write on one thread and timed per arm, so that the
 * machine's drift weighs on both; reports the ratio and writes the section into {@code BENCHMARKS.md}.
 * Run with {@code ./mvnw -q -Pbench -DskipTests -Dinvoker.skip -pl registry-bench -am -Dbench.main=io.moduleregistry.bench.SettingsContractCost package}.
 */
public final class SettingsContractCost {

  /** The section's heading in BENCHMARKS.md. */
  static final String HEADING = "## Settings contract cost";
  static final double TARGET = 1.2;
  static final String[] CHANGES = {"one", "all"};

  private SettingsContractCost() {}

  /** Each arm's µs per write over the whole run, and the ratio in every measurement iteration. */
  record Arms(double with, double without, List<Double> ratios) {

    double ratio() {
      return with / without;
    }
  }

  /**
   * Runs the measurement.
   *
   * @param args the output folder (default: the working directory)
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    try (RegistryDatabase db = RegistryDatabase.builder().provider(DatabaseProvider.EMBEDDED).start()) {
      Tenant tenant = db.fixtures().tenant("Bench");
      ModuleRegistry registry = ModuleRegistry.create(db.appDataSource());
      ServiceScope service = registry.asService();
      service.syncCatalog(SettingsContractBenchmarks.manifests());
      for (String module : new String[] {SettingsContractBenchmarks.WITH_SCHEMA, SettingsContractBenchmarks.WITHOUT_SCHEMA}) {
        service.install(tenant.orgId(), module, SettingsContractBenchmarks.document(15));
      }
      requireCompiledCheck(db.fixtures());
      Path log = Files.createTempFile("registry-jmh-settings-contract", ".log");
      System.out.println("Running JMH (details in " + log + ")...");
      Collection<RunResult> results = new Runner(new OptionsBuilder()
          .include(SettingsContractBenchmarks.class.getName())
          .forks(2)
          .warmupIterations(2).warmupTime(TimeValue.seconds(2))
          .measurementIterations(5).measurementTime(TimeValue.seconds(2))
          .jvmArgsAppend("-Dbench.url.small=" + db.jdbcUrl(), "-Dbench.app.user=" + RegistryDatabase.APP_ROLE,
              "-Dbench.app.password=" + db.appPassword(), "-Dbench.org=" + tenant.orgId(),
              "-Dbench.admin=" + tenant.admin(), "-Xmx512m")
          .output(log.toString())
          .build()).run();
      Map<String, Arms> arms = new LinkedHashMap<>();
      for (RunResult r : results) {
        arms.put(r.getParams().getParam("change"), arms(r));
      }
      String section = section(arms, Environment.describe(db));
      System.out.println(section);
      Path benchmarks = out.resolve("BENCHMARKS.md");
      Files.writeString(benchmarks, MergePatchCost.withSection(Files.readString(benchmarks), HEADING, section));
      System.out.println("Wrote " + benchmarks);
    }
  }

  /**
   * Fails the run unless the module's compiled check (ADR-32) matches each bench document whichever
   * of them is held: what is measured is that path, not the walk a check that missed would fall to.
   */
  private static void requireCompiledCheck(Fixtures fixtures) throws JsonProcessingException {
    ObjectMapper json = new ObjectMapper();
    List<Map<String, Object>> documents = List.of(SettingsContractBenchmarks.document(15),
        SettingsContractBenchmarks.document(30), SettingsContractBenchmarks.otherDocument());
    for (Map<String, Object> document : documents) {
      for (Map<String, Object> held : documents) {
        Object matched = fixtures.queryValue("select jsonb_path_exists(?::jsonb, settings_check,"
            + " jsonb_build_object('h', ?::jsonb), true) from module_registry.settings_checks where module_id = ?",
            json.writeValueAsString(document), json.writeValueAsString(held), SettingsContractBenchmarks.WITH_SCHEMA);
        if (!Boolean.TRUE.equals(matched)) {
          throw new IllegalStateException("the compiled settings check does not match " + document + " (held: " + held
              + "): the bench would measure the walk; see ADR-32 for what the check leaves to it");
        }
      }
    }
  }

  private static Arms arms(RunResult r) {
    List<Double> ratios = new ArrayList<>();
    double[] totals = new double[4];
    for (BenchmarkResult fork : r.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        double[] counters = counters(iteration.getSecondaryResults());
        ratios.add((counters[0] / counters[1]) / (counters[2] / counters[3]));
        for (int i = 0; i < 4; i++) {
          totals[i] += counters[i];
        }
      }
    }
    return new Arms(totals[0] / totals[1] / 1000, totals[2] / totals[3] / 1000, ratios);
  }

  private static double[] counters(Map<String, Result> secondary) {
    return new double[] {secondary.get("withNanos").getScore(), secondary.get("withWrites").getScore(),
        secondary.get("withoutNanos").getScore(), secondary.get("withoutWrites").getScore()};
  }

  static String section(Map<String, Arms> results, Map<String, String> environment) {
    StringBuilder table = new StringBuilder("| each write changes | µs without a schema | µs with a schema | with ÷ without |"
        + " with ÷ without, per 2 s iteration |\n| --- | ---: | ---: | ---: | ---: |\n");
    StringBuilder verdicts = new StringBuilder();
    for (String change : CHANGES) {
      Arms a = results.get(change);
      String what = change.equals("one") ? "one member (an edit of one setting)" : "every member (a whole new document)";
      if (a == null) {
        table.append("| ").append(what).append(" | not run | | | |\n");
        continue;
      }
      DoubleSummaryStatistics spread = a.ratios().stream().mapToDouble(Double::doubleValue).summaryStatistics();
      table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.2f to %.2f |%n", what,
          a.without(), a.with(), a.ratio(), spread.getMin(), spread.getMax()));
      verdicts.append(String.format(Locale.ROOT, "%s: %.2f (target ≤ %.1f: %s). ", change.equals("one") ? "One member"
          : "Every member", a.ratio(), TARGET, a.ratio() <= TARGET ? "met" : "MISSED"));
    }
    return HEADING + "\n\n"
        + "One `replaceSettings` by an organization's admin through the facade (one round trip: role, claims, RLS,\n"
        + "the `UPDATE` and its triggers) of an 8-member document with a nested object, to a module whose manifest\n"
        + "has a settings schema (checked in Java before SQL, and in the database by the module's compiled check,\n"
        + "which matches it, so the walk does not run) and to one without; each write alternates between two\n"
        + "documents that differ in one member or in every member. The arms alternate write by write on one\n"
        + "thread, each write timed into its arm (JMH auxiliary counters), so that the machine's drift and the\n"
        + "history tables' growth weigh on both alike. µs per write over the run; 2 forks, 2 × 2 s warm-up,\n"
        + "5 × 2 s measurement; the ratio's range over the 10 measurement iterations; one run.\n\n"
        + table
        + "\nWith ÷ without: " + verdicts.toString().trim() + "\n"
        + "\nReproduce: `./mvnw -q -Pbench -DskipTests -Dinvoker.skip -pl registry-bench -am -Dbench.main=io.moduleregistry.bench.SettingsContractCost package`\n"
        + "(about two minutes; rewrites this section only). Machine: " + environment.getOrDefault("CPU", "?") + ", "
        + environment.getOrDefault("PostgreSQL", "?") + ", load average " + String.format(Locale.ROOT, "%.2f",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
        + " as it ended.\n";
  }
}
