package io.moduleregistry.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One RFC 7396 merge of a patch of {@code keys} members into {@code {}}, in the database, as the
 * owner on one connection: the registry's {@code module_registry.jsonb_merge_patch} ("linear") and
 * the function it replaced ("quadratic", recreated from its migration by {@link MergePatchCost}).
 * Only the function differs; the patch is bound as text and parsed alike.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class MergePatchBenchmarks {

  /** Members in the patch. */
  @Param({"4000", "8000"})
  public int keys;

  /** Which function: {@code linear} (the registry's) or {@code quadratic} (the one it replaced). */
  @Param({"linear", "quadratic"})
  public String function;

  private Connection connection;
  private PreparedStatement merge;

  /** Opens the connection and prepares the merge with a patch of {@link #keys} string members. */
  @Setup(Level.Trial)
  public void open() throws SQLException {
    String url = System.getProperty("bench.url.small");
    if (url == null) {
      throw new IllegalStateException("run through MergePatchCost, which sets bench.url.small");
    }
    connection = DriverManager.getConnection(url, System.getProperty("bench.owner.user"),
        System.getProperty("bench.owner.password", ""));
    String name = function.equals("linear") ? "module_registry.jsonb_merge_patch" : MergePatchCost.QUADRATIC;
    // The length of the result, so that the merged object is not shipped to the client.
    merge = connection.prepareStatement("select pg_catalog.octet_length(" + name + "('{}'::jsonb, ?::jsonb)::text)");
    StringJoiner patch = new StringJoiner(",", "{", "}");
    for (int i = 0; i < keys; i++) {
      patch.add("\"key" + i + "\":\"value " + i + "\"");
    }
    merge.setString(1, patch.toString());
  }

  /** Closes the connection. */
  @TearDown(Level.Trial)
  public void close() throws SQLException {
    connection.close();
  }

  /** One merge. */
  @Benchmark
  public long merge() throws SQLException {
    try (ResultSet rs = merge.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
