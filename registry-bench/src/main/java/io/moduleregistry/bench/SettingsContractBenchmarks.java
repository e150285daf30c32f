package io.moduleregistry.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.Installation;
import io.moduleregistry.ModuleManifest;
import io.moduleregistry.ModuleManifests;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.UserScope;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * One {@code replaceSettings} of the same document by an organization's admin through the facade:
 * to a module whose manifest has a settings schema (checked in Java before SQL and by the database's
 * trigger) and to a module without one. Only the module differs; each write alternates between two
 * documents so that every write is a real change: of one member, or of every member. The arms
 * alternate write by write on one thread, each write timed into its arm's {@link Elapsed} counters, so
 * that whatever drifts while the run goes on (the machine's load, the history tables growing with every
 * write) weighs on both alike: arms run one after the other, or at the same time on two threads of a
 * 2-core machine, differed by more from run to run than the cost measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class SettingsContractBenchmarks {

  static final String WITH_SCHEMA = "bench-contract";
  static final String WITHOUT_SCHEMA = "bench-open";

  /** A schema of the kind a module has: nested objects, enums, bounds, a pattern and a format. */
  static final String SCHEMA = """
      {"type": "object", "additionalProperties": false, "required": ["rounding", "mode"],
       "properties": {
         "rounding": {"type": "integer", "minimum": 1, "maximum": 60},
         "mode": {"enum": ["STRICT", "LENIENT"]},
         "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
         "approvals": {"type": "boolean"},
         "label": {"type": "string", "minLength": 1, "maxLength": 80},
         "rate": {"type": "number", "exclusiveMinimum": 0},
         "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 10, "uniqueItems": true},
         "approval": {"$ref": "#/$defs/approval"}},
       "$defs": {"approval": {"type": "object", "required": ["approver"], "additionalProperties": false,
         "properties": {"approver": {"type": "string", "format": "email"}, "levels": {"type": "integer", "minimum": 1}}}}}
      """;

  static List<ModuleManifest> manifests() {
    return ModuleManifests.parseAll(Map.of(
        "contract.json", "{\"id\": \"" + WITH_SCHEMA + "\", \"name\": \"Contract\", \"version\": \"1.0.0\","
            + " \"settings\": {\"schema\": " + SCHEMA + ", \"defaults\": {\"rounding\": 15, \"mode\": \"STRICT\"}}}",
        "open.json", "{\"id\": \"" + WITHOUT_SCHEMA + "\", \"name\": \"Open\", \"version\": \"1.0.0\"}"));
  }

  static Map<String, Object> document(int rounding) {
    return Map.of("rounding", rounding, "mode", "LENIENT", "currency", "EUR", "approvals", true,
        "label", "Time tracking for the agency", "rate", 12.5, "tags", List.of("billable", "client", "internal"),
        "approval", Map.of("approver", "lead@example.com", "levels", 2));
  }

  /** A document of the same shape as {@link #document} whose every member differs from it. */
  static Map<String, Object> otherDocument() {
    return Map.of("rounding", 30, "mode", "STRICT", "currency", "USD", "approvals", false,
        "label", "Time tracking for the studio", "rate", 14.25, "tags", List.of("billable", "internal", "travel"),
        "approval", Map.of("approver", "chief@example.com", "levels", 3));
  }

  /**
   * What each write changes: {@code one} member (a typical edit of one setting) or {@code all} of them
   * (a rewrite of the whole document); the database's check looks only into what changed.
   */
  @Param({"one", "all"})
  public String change;

  private HikariDataSource pool;
  private UserScope admin;
  private UUID orgId;
  private final Map<String, Object> first = document(15);
  private Map<String, Object> second;
  private long writes;

  /** The facade, built with the manifests as a service syncing them would be. */
  @Setup(Level.Trial)
  public void open() {
    String url = System.getProperty("bench.url.small");
    if (url == null) {
      throw new IllegalStateException("run through SettingsContractCost, which sets bench.url.small");
    }
    pool = BenchState.pool(url, System.getProperty("bench.app.user"), System.getProperty("bench.app.password"));
    ModuleRegistry registry = ModuleRegistry.builder(pool).manifests(manifests()).build();
    admin = registry.asUser(UUID.fromString(System.getProperty("bench.admin")));
    orgId = UUID.fromString(System.getProperty("bench.org"));
    second = change.equals("one") ? document(30) : otherDocument();
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void close() {
    pool.close();
  }

  /**
   * Each arm's writes and their nanoseconds in the current iteration (JMH reports them as secondary
   * results, summed): µs per write of an arm is its nanos ÷ its writes ÷ 1,000.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Elapsed {
    /** Nanoseconds spent in writes to the module with a schema. */
    public long withNanos;
    /** Writes to the module with a schema. */
    public long withWrites;
    /** Nanoseconds spent in writes to the module without one. */
    public long withoutNanos;
    /** Writes to the module without one. */
    public long withoutWrites;

    /** Counts each iteration afresh. */
    @Setup(Level.Iteration)
    public void clear() {
      withNanos = 0;
      withWrites = 0;
      withoutNanos = 0;
      withoutWrites = 0;
    }
  }

  /** One settings write, one round trip: to the module with a schema and to the one without, in turn. */
  @Benchmark
  public Installation alternate(Elapsed elapsed) {
    writes++;
    boolean withSchema = (writes & 1) == 0;
    // each module's document flips every second write, so each of its writes changes it
    Map<String, Object> document = (writes & 2) == 0 ? first : second;
    long start = System.nanoTime();
    Installation written = admin.replaceSettings(orgId, withSchema ? WITH_SCHEMA : WITHOUT_SCHEMA, document);
    long nanos = System.nanoTime() - start;
    if (withSchema) {
      elapsed.withNanos += nanos;
      elapsed.withWrites++;
    } else {
      elapsed.withoutNanos += nanos;
      elapsed.withoutWrites++;
    }
    return written;
  }
}
