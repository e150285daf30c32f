package io.moduleregistry.bench;

import io.moduleregistry.postgres.DatabaseProvider;
import io.moduleregistry.schema.RegistrySchema;
import io.moduleregistry.testkit.RegistryDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The merge patch's cost growth (issue 18): {@link MergePatchBenchmarks} for 4,000 and 8,000 keys, in
 * one JMH run, against the quadratic function it replaced; writes the table to {@code
 * registry-bench/MERGE_PATCH.md} and into {@code BENCHMARKS.md} (the full suite keeps it there).
 * Run with {@code ./mvnw -q -Pbench -DskipTests -Dbench.main=io.moduleregistry.bench.MergePatchCost package}.
 */
public final class MergePatchCost {

  /** Where the bench database keeps the replaced function, recreated from its migration. */
  static final String QUADRATIC = "bench_baseline.jsonb_merge_patch";
  /** The section's heading in BENCHMARKS.md. */
  static final String HEADING = "## Merge patch cost";
  static final double TARGET = 2.2;

  private MergePatchCost() {}

  /**
   * Runs the measurement.
   *
   * @param args the output folder (default: the working directory)
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    try (RegistryDatabase db = RegistryDatabase.builder().provider(DatabaseProvider.EMBEDDED).start()) {
      createQuadraticBaseline(db);
      Path log = Files.createTempFile("registry-jmh-merge-patch", ".log");
      System.out.println("Running JMH (details in " + log + ")...");
      Collection<RunResult> results = new Runner(new OptionsBuilder()
          .include(MergePatchBenchmarks.class.getName())
          .forks(1)
          .warmupIterations(2).warmupTime(TimeValue.seconds(1))
          .measurementIterations(5).measurementTime(TimeValue.seconds(1))
          .jvmArgsAppend("-Dbench.url.small=" + db.jdbcUrl(), "-Dbench.owner.user=" + db.ownerUser(),
              "-Dbench.owner.password=" + db.ownerPassword(), "-Xmx512m")
          .output(log.toString())
          .build()).run();
      String section = section(results, Environment.describe(db));
      System.out.println(section);
      Files.writeString(out.resolve("registry-bench/MERGE_PATCH.md"), section);
      Path benchmarks = out.resolve("BENCHMARKS.md");
      Files.writeString(benchmarks, withSection(Files.readString(benchmarks), section));
      System.out.println("Wrote " + benchmarks);
    }
  }

  /** The function the registry shipped before issue 18, from its migration, in a schema of the bench's own. */
  private static void createQuadraticBaseline(RegistryDatabase db) throws IOException, SQLException {
    String sql;
    try (InputStream in = MergePatchCost.class.getClassLoader()
        .getResourceAsStream(RegistrySchema.LOCATION + "/20241130120400_jsonb_merge_patch.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = db.ownerDataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("create schema if not exists bench_baseline");
      s.execute(sql.replace("public.jsonb_merge_patch", QUADRATIC));
    }
  }

  static String section(Collection<RunResult> results, Map<String, String> environment) {
    Map<String, Double> ms = new HashMap<>();
    Map<String, Double> error = new HashMap<>();
    for (RunResult r : results) {
      String key = r.getParams().getParam("function") + " " + r.getParams().getParam("keys");
      ms.put(key, r.getPrimaryResult().getScore());
      error.put(key, r.getPrimaryResult().getScoreError());
    }
    StringBuilder md = new StringBuilder(HEADING).append("\n\n")
        .append("One RFC 7396 merge of a patch of n string members into `{}` in the database (JMH average time, ms,\n")
        .append("± 99.9% error; 1 fork, 2 × 1 s warm-up, 5 × 1 s measurement; one run): the registry's\n")
        .append("`module_registry.jsonb_merge_patch` against `public.jsonb_merge_patch`, which it replaced (issue 18).\n\n")
        .append("| function | 4,000 keys, ms | 8,000 keys, ms | 8,000 ÷ 4,000 (target ≤ ").append(TARGET).append(") |\n")
        .append("| --- | ---: | ---: | ---: |\n");
    for (String function : List.of("linear", "quadratic")) {
      double small = ms.getOrDefault(function + " 4000", Double.NaN);
      double large = ms.getOrDefault(function + " 8000", Double.NaN);
      double ratio = large / small;
      md.append(String.format(Locale.ROOT, "| %s | %.2f ± %.2f | %.2f ± %.2f | %.2f %s |%n",
          function.equals("linear") ? "linear (module_registry, now)" : "quadratic (public, before)",
          small, error.getOrDefault(function + " 4000", Double.NaN), large,
          error.getOrDefault(function + " 8000", Double.NaN), ratio,
          function.equals("linear") ? (ratio <= TARGET ? "met" : "MISSED") : ""));
    }
    md.append("\nThe replaced function's rows take one operation of seconds per iteration and swing with the load of a\n")
        .append("shared machine: they show the order of magnitude, not a ratio to hold it to.\n");
    md.append("\nReproduce: `./mvnw -q -Pbench -DskipTests -Dbench.main=io.moduleregistry.bench.MergePatchCost package`\n")
        .append("(a few minutes; rewrites this section only). Machine: ")
        .append(environment.getOrDefault("CPU", "?")).append(", ").append(environment.getOrDefault("PostgreSQL", "?"))
        .append(".\n");
    return md.toString();
  }

  /** The markdown with this section replaced, or appended where it is missing. */
  static String withSection(String markdown, String section) {
    return withSection(markdown, HEADING, section);
  }

  /** The markdown with the section under {@code heading} replaced, or appended where it is missing. */
  static String withSection(String markdown, String heading, String section) {
    int start = markdown.indexOf(heading);
    if (start < 0) {
      return markdown.stripTrailing() + "\n\n" + section;
    }
    int next = markdown.indexOf("\n## ", start + heading.length());
    return markdown.substring(0, start) + section + (next < 0 ? "" : markdown.substring(next));
  }
}
