package io.moduleregistry.bench;

import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.ServiceScope;
import io.moduleregistry.postgres.DatabaseProvider;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The settings contract's cost on a write (issue 20): {@link SettingsContractBenchmarks} with and
 * without a schema, in one JMH run, as a ratio; writes the section into {@code BENCHMARKS.md}. Run
 * with {@code ./mvnw -q -Pbench -DskipTests -Dinvoker.skip -pl registry-bench -am -Dbench.main=io.moduleregistry.bench.SettingsContractCost package}.
 */
public final class SettingsContractCost {

  /** The section's heading in BENCHMARKS.md. */
  static final String HEADING = "## Settings contract cost";
  static final double TARGET = 1.2;

  private SettingsContractCost() {}

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
      Path log = Files.createTempFile("registry-jmh-settings-contract", ".log");
      System.out.println("Running JMH (details in " + log + ")...");
      Collection<RunResult> results = new Runner(new OptionsBuilder()
          .include(SettingsContractBenchmarks.class.getName())
          .forks(1)
          .warmupIterations(2).warmupTime(TimeValue.seconds(2))
          .measurementIterations(5).measurementTime(TimeValue.seconds(2))
          .jvmArgsAppend("-Dbench.url.small=" + db.jdbcUrl(), "-Dbench.app.user=" + RegistryDatabase.APP_ROLE,
              "-Dbench.app.password=" + db.appPassword(), "-Dbench.org=" + tenant.orgId(),
              "-Dbench.admin=" + tenant.admin(), "-Xmx512m")
          .output(log.toString())
          .build()).run();
      String section = section(results, Environment.describe(db));
      System.out.println(section);
      Path benchmarks = out.resolve("BENCHMARKS.md");
      Files.writeString(benchmarks, MergePatchCost.withSection(Files.readString(benchmarks), HEADING, section));
      System.out.println("Wrote " + benchmarks);
    }
  }

  static String section(Collection<RunResult> results, Map<String, String> environment) {
    Map<String, Double> us = new HashMap<>();
    Map<String, Double> error = new HashMap<>();
    for (RunResult r : results) {
      String key = r.getParams().getParam("contract") + "/" + r.getParams().getParam("change");
      us.put(key, r.getPrimaryResult().getScore());
      error.put(key, r.getPrimaryResult().getScoreError());
    }
    StringBuilder table = new StringBuilder("| each write changes | µs without a schema | µs with a schema | with ÷ without |\n"
        + "| --- | ---: | ---: | ---: |\n");
    StringBuilder verdicts = new StringBuilder();
    for (String change : new String[] {"one", "all"}) {
      double none = us.getOrDefault("none/" + change, Double.NaN);
      double schema = us.getOrDefault("schema/" + change, Double.NaN);
      double ratio = schema / none;
      String what = change.equals("one") ? "one member (an edit of one setting)" : "every member (a whole new document)";
      table.append(String.format(Locale.ROOT, "| %s | %.1f ± %.1f | %.1f ± %.1f | %.2f |%n", what, none,
          error.getOrDefault("none/" + change, Double.NaN), schema, error.getOrDefault("schema/" + change, Double.NaN),
          ratio));
      verdicts.append(String.format(Locale.ROOT, "%s: %.2f (target ≤ %.1f: %s). ", change.equals("one") ? "One member"
          : "Every member", ratio, TARGET, ratio <= TARGET ? "met" : "MISSED"));
    }
    return HEADING + "\n\n"
        + "One `replaceSettings` by an organization's admin through the facade (one round trip: role, claims, RLS,\n"
        + "the `UPDATE` and its triggers) of an 8-member document with a nested object, to a module whose manifest\n"
        + "has a settings schema (checked in Java before SQL and by the database's trigger) and to one without;\n"
        + "each write alternates between two documents that differ in one member or in every member (the trigger\n"
        + "does not look into members equal to the old row's, which were checked when written). JMH average time,\n"
        + "µs, ± 99.9% error; 1 fork, 2 × 2 s warm-up, 5 × 2 s measurement; one run.\n\n"
        + table
        + "\nWith ÷ without: " + verdicts.toString().trim() + "\n"
        + "\nReproduce: `./mvnw -q -Pbench -DskipTests -Dinvoker.skip -pl registry-bench -am -Dbench.main=io.moduleregistry.bench.SettingsContractCost package`\n"
        + "(about three minutes; rewrites this section only). Machine: " + environment.getOrDefault("CPU", "?") + ", "
        + environment.getOrDefault("PostgreSQL", "?") + ", load average " + String.format(Locale.ROOT, "%.2f",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
        + " as it ended.\n";
  }
}
