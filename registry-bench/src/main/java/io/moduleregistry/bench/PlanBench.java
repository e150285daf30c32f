package io.moduleregistry.bench;

import io.moduleregistry.postgres.DatabaseProvider;
import io.moduleregistry.testkit.RegistryDatabase;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Installing a 5-module chain as one plan against five single installs: round trips (statements
 * sent, counted on the connections) and time (JMH, one run, so the ratio is within one run). Prints
 * a Markdown table for BENCHMARKS.md. Command: see BENCHMARKS.md, "Plans".
 */
public final class PlanBench {

  private PlanBench() {}

  /**
   * Runs the comparison.
   *
   * @param args none
   * @throws Exception if the database or JMH fails
   */
  public static void main(String[] args) throws Exception {
    try (RegistryDatabase db = RegistryDatabase.builder().provider(DatabaseProvider.EMBEDDED).start()) {
      System.setProperty("bench.url.small", db.jdbcUrl());
      System.setProperty("bench.app.user", RegistryDatabase.APP_ROLE);
      System.setProperty("bench.app.password", db.appPassword());
      System.setProperty("bench.owner.user", db.ownerUser());
      System.setProperty("bench.owner.password", db.ownerPassword());
      int[] trips = roundTrips();
      Collection<RunResult> results = new Runner(new OptionsBuilder()
          .include(PlanBenchmarks.class.getSimpleName())
          .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2))
          .measurementIterations(5).measurementTime(TimeValue.seconds(3))
          .jvmArgsAppend("-Dbench.url.small=" + db.jdbcUrl(), "-Dbench.app.user=" + RegistryDatabase.APP_ROLE,
              "-Dbench.app.password=" + db.appPassword(), "-Dbench.owner.user=" + db.ownerUser(),
              "-Dbench.owner.password=" + db.ownerPassword(), "-Xmx512m")
          .build()).run();
      double plan = 0;
      double applied = 0;
      double singles = 0;
      StringBuilder table = new StringBuilder("| variant | round trips | µs per chain (± 99.9%) |\n| --- | ---: | ---: |\n");
      for (RunResult r : results) {
        String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
        double score = r.getPrimaryResult().getScore();
        int trip = name.equals("chainAsOnePlan") ? trips[0] : name.equals("chainAsPreparedPlanApplied") ? trips[1] : trips[2];
        table.append(String.format("| %s | %d | %.1f ± %.1f |%n", name, trip, score, r.getPrimaryResult().getScoreError()));
        switch (name) {
          case "chainAsOnePlan" -> plan = score;
          case "chainAsPreparedPlanApplied" -> applied = score;
          default -> singles = score;
        }
      }
      System.out.println(table);
      System.out.printf("five installs ÷ one plan: %.2f; five installs ÷ plan applied: %.2f%n", singles / plan,
          singles / applied);
    }
  }

  /** Statements each variant sends, counted once outside JMH: [plan, plan applied, five installs]. */
  private static int[] roundTrips() throws Exception {
    PlanBenchmarks bench = new PlanBenchmarks();
    bench.open();
    AtomicInteger sent = new AtomicInteger();
    DataSource counting = counting(bench.app, sent);
    bench.registry = io.moduleregistry.ModuleRegistry.create(counting);
    bench.admin = bench.registry.asUser(adminOf(bench));
    int[] trips = new int[3];
    Runnable[] variants = {bench::chainAsOnePlan, bench::chainAsPreparedPlanApplied, bench::chainAsFiveInstalls};
    for (int i = 0; i < variants.length; i++) {
      bench.empty();
      sent.set(0);
      variants[i].run();
      trips[i] = sent.get();
    }
    bench.close();
    return trips;
  }

  private static java.util.UUID adminOf(PlanBenchmarks bench) throws Exception {
    try (Connection c = bench.owner.getConnection(); var s = c.prepareStatement(
        "select user_id from public.org_members where org_id = ?")) {
      s.setObject(1, bench.orgId);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getObject(1, java.util.UUID.class);
      }
    }
  }

  /** Counts every statement prepared or created on the pool's connections: each is one round trip for the facade. */
  private static DataSource counting(DataSource pool, AtomicInteger sent) {
    return (DataSource) Proxy.newProxyInstance(PlanBench.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = method.invoke(pool, args);
          if (result instanceof Connection connection) {
            return Proxy.newProxyInstance(PlanBench.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, a) -> {
                  if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")) {
                    sent.incrementAndGet();
                  }
                  return m.invoke(connection, a);
                });
          }
          return result;
        });
  }
}
