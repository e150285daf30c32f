package io.moduleregistry.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openjdk.jmh.results.RunResult;

/** Turns one run's results into the table, BENCHMARKS.md and the chart. */
final class Report {

  static final String[] CALLS = {"isEnabled", "installations", "installCycle"};
  static final String[] VARIANTS = {"facade", "floor", "floorJooq", "handWritten"};
  static final double FLOOR_TARGET = 1.3;
  static final double CACHED_TARGET_NANOS = 100;
  static final double CACHED_AIM_NANOS = 50;
  static final double HAND_WRITTEN_TARGET = 0.5;
  static final double PGBENCH_TARGET = 0.7;
  static final double SCALING_TARGET = 1.5;

  private final Map<String, double[]> latency = new LinkedHashMap<>();
  private final Map<Integer, double[]> throughput = new LinkedHashMap<>();
  private final Map<Integer, double[]> cachedThroughput = new LinkedHashMap<>();
  private final Map<String, double[]> cachedNanos = new LinkedHashMap<>();
  private final List<Propagation.Result> propagation;
  private final Map<Integer, Double> pgbench;
  private final Map<Integer, Double> queryAlone;
  private final Map<DataSet, Long> loadMillis;
  private final Map<String, String> environment;

  Report(List<RunResult> latencyRuns, List<RunResult> snapshotRuns, Map<Integer, List<RunResult>> throughputRuns,
      List<Propagation.Result> propagation, Map<Integer, Double> pgbench, Map<Integer, Double> queryAlone,
      Map<DataSet, Long> loadMillis, Map<String, String> environment) {
    for (RunResult r : latencyRuns) {
      latency.put(method(r) + "/" + r.getParams().getParam("size"), score(r));
    }
    for (RunResult r : snapshotRuns) {
      cachedNanos.put(r.getParams().getParam("size"), score(r));
    }
    throughputRuns.forEach((threads, runs) -> {
      for (RunResult r : runs) {
        (method(r).endsWith("_cached") ? cachedThroughput : throughput).put(threads, score(r));
      }
    });
    this.propagation = propagation;
    this.pgbench = pgbench;
    this.queryAlone = queryAlone;
    this.loadMillis = loadMillis;
    this.environment = environment;
  }

  private static String method(RunResult r) {
    String benchmark = r.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  private static double[] score(RunResult r) {
    return new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()};
  }

  double latency(String call, String variant, String size) {
    double[] v = latency.get(call + "_" + variant + "/" + size);
    return v == null ? Double.NaN : v[0];
  }

  private String latencyCell(String call, String variant, String size) {
    double[] v = latency.get(call + "_" + variant + "/" + size);
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.1f ± %.1f", v[0], v[1]);
  }

  /** The three tables, as Markdown (readable as plain text too). */
  String table() {
    StringBuilder t = new StringBuilder();
    t.append("Latency per call, microseconds (JMH average time, ± 99.9% error)\n\n");
    t.append("| call | data set | facade | floor (owner, same SQL server-prepared) | plain jOOQ (owner) | hand-written scoping"
            + " | facade ÷ floor (target ≤ ")
        .append(FLOOR_TARGET).append(") | facade ÷ hand-written (target ≤ ").append(HAND_WRITTEN_TARGET).append(") |\n");
    t.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (String call : CALLS) {
      for (DataSet set : DataSet.all()) {
        String size = set.name();
        double facade = latency(call, "facade", size);
        t.append("| ").append(call).append(" | ").append(size)
            .append(" | ").append(latencyCell(call, "facade", size))
            .append(" | ").append(latencyCell(call, "floor", size))
            .append(" | ").append(latencyCell(call, "floorJooq", size))
            .append(" | ").append(latencyCell(call, "handWritten", size))
            .append(" | ").append(ratio(facade / latency(call, "floor", size), FLOOR_TARGET, true))
            .append(" | ").append(ratio(facade / latency(call, "handWritten", size), HAND_WRITTEN_TARGET, true))
            .append(" |\n");
      }
    }
    t.append("\nisEnabled from the in-process snapshot, nanoseconds per call (`asUser(member).isEnabled(org, module)`,"
        + " JMH average time, ± 99.9% error), against the uncached call and the floor\n\n");
    t.append("| data set | snapshot, ns | facade (uncached), ns | floor, ns | facade ÷ snapshot | snapshot (target ≤ ")
        .append(String.format(Locale.ROOT, "%.0f", CACHED_TARGET_NANOS)).append(" ns, aim ")
        .append(String.format(Locale.ROOT, "%.0f", CACHED_AIM_NANOS)).append(") |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (DataSet set : DataSet.all()) {
      double[] cached = cachedNanos.get(set.name());
      double facade = latency("isEnabled", "facade", set.name()) * 1000;
      double floor = latency("isEnabled", "floor", set.name()) * 1000;
      t.append("| ").append(set.name()).append(" | ")
          .append(cached == null ? "n/a" : String.format(Locale.ROOT, "%.1f ± %.1f", cached[0], cached[1]))
          .append(" | ").append(String.format(Locale.ROOT, "%.0f", facade))
          .append(" | ").append(String.format(Locale.ROOT, "%.0f", floor))
          .append(" | ").append(cached == null ? "n/a" : String.format(Locale.ROOT, "%.0f", facade / cached[0]))
          .append(" | ").append(cached == null ? "n/a" : cached[0] <= CACHED_AIM_NANOS ? "met, aim met"
              : cached[0] <= CACHED_TARGET_NANOS ? "met, aim missed" : "MISSED").append(" |\n");
    }
    t.append("\nPropagation of a committed write (plain SQL as the owner) to every snapshot: from the commit's return until"
        + " each snapshot has swapped in a reload that reflects it\n\n");
    t.append("| refresh | snapshots | callers held by each | writes | p50, ms | p99, ms | max, ms | wrong answers after |"
        + " p99 (target ≤ ").append(String.format(Locale.ROOT, "%.0f", Propagation.TARGET_P99_MILLIS))
        .append(" ms) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Propagation.Result p : propagation) {
      t.append("| ").append(p.mode()).append(" | ").append(p.snapshots()).append(" | ").append(p.callers())
          .append(" | ").append(p.samples())
          .append(String.format(Locale.ROOT, " | %.1f | %.1f | %.1f | %d | ", p.p50Millis(), p.p99Millis(), p.maxMillis(),
              p.wrongAnswers()))
          .append(p.p99Millis() <= Propagation.TARGET_P99_MILLIS ? "met" : "MISSED").append(" |\n");
    }
    t.append("\nThroughput of isEnabled (small data set), HikariCP pool of ").append(BenchState.POOL_SIZE)
        .append(", against pgbench sending the same SQL with as many clients, and answered by the snapshot\n\n");
    t.append("| threads / clients | facade, calls/s | snapshot, calls/s | pgbench, same SQL (simple protocol), tps | facade ÷ pgbench (target ≥ ")
        .append(PGBENCH_TARGET).append(") | pgbench, query alone as owner (prepared), tps | facade ÷ query alone |\n")
        .append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    throughput.forEach((threads, v) -> {
      Double server = pgbench.get(threads);
      Double alone = queryAlone.get(threads);
      double[] cached = cachedThroughput.get(threads);
      t.append("| ").append(threads).append(" | ").append(String.format(Locale.ROOT, "%.0f ± %.0f", v[0], v[1]))
          .append(" | ").append(cached == null ? "n/a" : String.format(Locale.ROOT, "%,.0f ± %,.0f", cached[0], cached[1]))
          .append(" | ").append(server == null ? "n/a" : String.format(Locale.ROOT, "%.0f", server))
          .append(" | ").append(server == null ? "n/a" : ratio(v[0] / server, PGBENCH_TARGET, false))
          .append(" | ").append(alone == null ? "n/a" : String.format(Locale.ROOT, "%.0f", alone))
          .append(" | ").append(alone == null ? "n/a" : String.format(Locale.ROOT, "%.2f", v[0] / alone)).append(" |\n");
    });
    t.append("\nScaling of the user-scoped calls: large data set (")
        .append(String.format(Locale.ROOT, "%,d orgs, %,d installations, %,d memberships", DataSet.LARGE.orgs(),
            DataSet.LARGE.installations(), DataSet.LARGE.memberships()))
        .append(") against small (").append(String.format(Locale.ROOT, "%,d orgs", DataSet.SMALL.orgs())).append(")\n\n");
    t.append("| call | small, µs | large, µs | large ÷ small (target ≤ ").append(SCALING_TARGET)
        .append(") |\n| --- | ---: | ---: | ---: |\n");
    for (String call : CALLS) {
      double small = latency(call, "facade", "small");
      double large = latency(call, "facade", "large");
      t.append("| ").append(call).append(" | ").append(String.format(Locale.ROOT, "%.1f", small))
          .append(" | ").append(String.format(Locale.ROOT, "%.1f", large))
          .append(" | ").append(ratio(large / small, SCALING_TARGET, true)).append(" |\n");
    }
    return t.toString();
  }

  void write(Path markdown, Path chart, Path profiling) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append("Every figure below comes from one run of the bench command, on the machine described here;\n")
        .append("ratios are taken within that run (these machines are shared and noisy: compare ratios, not\n")
        .append("absolute numbers across runs). This file and `benchmarks.png` are written by the command itself.\n\n");
    md.append("```bash\n./mvnw -q -Pbench -DskipTests package\n```\n\n");
    md.append("![latency and throughput](benchmarks.png)\n\n");
    md.append(table()).append('\n');
    md.append("## What is compared\n\n")
        .append("- **facade**: `ModuleRegistry.asUser(member).isEnabled(org, module)` (and `installations`, and `install` then\n")
        .append("  `uninstall` as the org's admin): role and claims set transaction-locally with the statement, one round trip.\n")
        .append("- **floor**: the facade's own SQL, rendered once by jOOQ, run as a server-prepared pgjdbc statement on an\n")
        .append("  owner connection from a pool of the same size, with an explicit `org_id`/`module_id` filter: no RLS, no role\n")
        .append("  switch, no per-call rendering. What the call would cost with no security and no abstraction at all.\n")
        .append("- **plain jOOQ**: the same query as the owner through jOOQ's DSL, built and rendered on every call (what\n")
        .append("  the floor was before: its rendering cost more than the facade's, which renders once).\n")
        .append("- **snapshot**: `ModuleRegistry.builder(pool).snapshot(...)`: the same `asUser(member).isEnabled(org, module)`\n")
        .append("  answered from memory, exactly as the uncached call would (each caller's entry loaded by its own RLS-scoped\n")
        .append("  query on its first call, during warm-up). Propagation: registries with a snapshot each hold callers; the\n")
        .append("  owner toggles an installation with plain SQL and the clock runs until every snapshot has reloaded past it.\n")
        .append("- **hand-written scoping**: what most teams write: `setAutoCommit(false)`, a `set_config` statement, the\n")
        .append("  query, `commit()`: three round trips.\n")
        .append("- **pgbench**: PostgreSQL's C client sending the facade's `isEnabled` SQL (scope and query as one\n")
        .append("  multi-statement string) as the app role, ids computed by `md5()` in SQL. pgbench refuses\n")
        .append("  multi-statement strings in extended and prepared mode, so it uses the simple protocol and the\n")
        .append("  server parses and plans both statements on every transaction, where pgjdbc reuses server-prepared\n")
        .append("  statements. For context, a second pgbench column runs the query alone, prepared, as the owner.\n\n")
        .append("All variants get the same HikariCP pool size (").append(BenchState.POOL_SIZE)
        .append(") and the same data; each step picks a random org and module (ids computed before the run).\n")
        .append("JMH: 1 fork, ").append(BenchmarkSuite.WARMUP_ITERATIONS).append(" × 1 s warm-up, ")
        .append(BenchmarkSuite.MEASUREMENT_ITERATIONS).append(" × ").append(BenchmarkSuite.MEASUREMENT_SECONDS)
        .append(" s measurement. Data sets generated in SQL: small in ").append(loadMillis.get(DataSet.SMALL))
        .append(" ms, large in ").append(loadMillis.get(DataSet.LARGE)).append(" ms.\n\n");
    md.append("## Machine\n\n| | |\n| --- | --- |\n");
    environment.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.replace("|", "/")).append(" |\n"));
    md.append("\n## Reproduce\n\n")
        .append("From a clean clone with a JDK 17+: `./mvnw -q -Pbench -DskipTests package` (about 12 minutes). It starts an\n")
        .append("embedded PostgreSQL, loads both data sets, runs the JMH suite (`registry-bench`) and pgbench where it is\n")
        .append("installed (`apt-get install postgresql-client`), prints the tables and rewrites this file.\n");
    Path scale = profiling.resolveSibling(SnapshotScale.SECTION_FILE); // written by SnapshotScale, a run of its own
    if (Files.isRegularFile(scale)) {
      md.append('\n').append(Files.readString(scale));
    }
    if (Files.isRegularFile(profiling)) {
      md.append('\n').append(Files.readString(profiling));
    }
    md.append(OpenFeatureBench.carriedOver(markdown)); // its own command writes that section
    // MergePatchCost's section, measured by its own command: kept, not re-measured.
    Path mergePatch = profiling.resolveSibling("MERGE_PATCH.md");
    if (Files.isRegularFile(mergePatch)) {
      md.append('\n').append(Files.readString(mergePatch));
    }
    Files.writeString(markdown, md.toString());
    ImageIO.write(chart(), "png", chart.toFile());
  }

  private static String ratio(double value, double target, boolean atMost) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    boolean met = atMost ? value <= target : value >= target;
    return String.format(Locale.ROOT, "%.2f %s", value, met ? "met" : "MISSED");
  }

  private BufferedImage chart() {
    int width = 1100;
    int height = 920;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    Color[] colors = {new Color(0x2b6cb0), new Color(0x9aa5b1), new Color(0xcbd2d9), new Color(0xdd6b20)};

    Map<String, double[]> groups = new LinkedHashMap<>();
    for (String call : CALLS) {
      double[] values = new double[VARIANTS.length];
      for (int i = 0; i < VARIANTS.length; i++) {
        values[i] = latency(call, VARIANTS[i], "small");
      }
      groups.put(call, values);
    }
    bars(g, 40, 40, 500, 360, "Latency per call, µs (small data set; lower is better)",
        groups, new String[] {"facade", "floor", "plain jOOQ", "hand-written"}, colors);

    Map<String, double[]> tput = new LinkedHashMap<>();
    throughput.forEach((threads, v) -> tput.put(threads + " thread" + (threads == 1 ? "" : "s"),
        new double[] {v[0], pgbench.getOrDefault(threads, Double.NaN), queryAlone.getOrDefault(threads, Double.NaN)}));
    bars(g, 580, 40, 500, 360, "isEnabled throughput, calls/s (higher is better)",
        tput, new String[] {"facade", "pgbench, same SQL", "pgbench, query alone"}, new Color[] {colors[0], colors[3], colors[1]});

    Map<String, double[]> cached = new LinkedHashMap<>();
    cachedThroughput.forEach((threads, v) -> cached.put(threads + " thread" + (threads == 1 ? "" : "s"),
        new double[] {v[0] / 1e6}));
    bars(g, 40, 500, 500, 360, "Snapshot: isEnabled, million calls/s (higher is better)",
        cached, new String[] {"answered from memory"}, new Color[] {new Color(0x38a169)});

    Map<String, double[]> spread = new LinkedHashMap<>();
    for (Propagation.Result p : propagation) {
      spread.put(p.mode(), new double[] {p.p50Millis(), p.p99Millis()});
    }
    bars(g, 580, 500, 500, 360, "Propagation of a write to every snapshot, ms (target p99 ≤ 250)",
        spread, new String[] {"p50", "p99"}, new Color[] {new Color(0x68d391), new Color(0x2f855a)});
    g.dispose();
    return image;
  }

  private static void bars(Graphics2D g, int x, int y, int w, int h, String title, Map<String, double[]> groups,
      String[] legend, Color[] colors) {
    double max = groups.values().stream().flatMapToDouble(java.util.Arrays::stream)
        .filter(v -> !Double.isNaN(v)).max().orElse(1) * 1.15;
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(title, x, y - 15);
    int plotTop = y + 10;
    int plotBottom = y + h - 40;
    g.setStroke(new BasicStroke(1));
    g.drawLine(x + 40, plotBottom, x + w, plotBottom);
    g.drawLine(x + 40, plotTop, x + 40, plotBottom);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int i = 0; i <= 4; i++) {
      double v = max * i / 4;
      int yy = plotBottom - (int) ((plotBottom - plotTop) * i / 4.0);
      g.setColor(new Color(0xe2e8f0));
      g.drawLine(x + 41, yy, x + w, yy);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%.0f", v), x, yy + 4);
    }
    int groupWidth = (w - 60) / Math.max(1, groups.size());
    int gi = 0;
    for (Map.Entry<String, double[]> group : groups.entrySet()) {
      double[] values = group.getValue();
      int barWidth = (groupWidth - 20) / values.length;
      int gx = x + 50 + gi * groupWidth;
      for (int i = 0; i < values.length; i++) {
        if (Double.isNaN(values[i])) {
          continue;
        }
        int bh = (int) ((plotBottom - plotTop) * values[i] / max);
        g.setColor(colors[i]);
        g.fillRect(gx + i * barWidth, plotBottom - bh, barWidth - 4, bh);
        g.setColor(Color.BLACK);
        g.drawString(String.format(Locale.ROOT, "%.0f", values[i]), gx + i * barWidth, plotBottom - bh - 4);
      }
      g.drawString(group.getKey(), gx, plotBottom + 16);
      gi++;
    }
    int lx = x + 50;
    for (int i = 0; i < legend.length; i++) {
      g.setColor(colors[i]);
      g.fillRect(lx, plotBottom + 26, 12, 12);
      g.setColor(Color.BLACK);
      g.drawString(legend[i], lx + 16, plotBottom + 37);
      lx += 20 + g.getFontMetrics().stringWidth(legend[i]) + 10;
    }
  }
}
