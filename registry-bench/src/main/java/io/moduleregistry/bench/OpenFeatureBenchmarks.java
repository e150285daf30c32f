package io.moduleregistry.bench;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.Value;
import dev.openfeature.sdk.providers.memory.Flag;
import dev.openfeature.sdk.providers.memory.InMemoryProvider;
import io.moduleregistry.openfeature.RegistryFeatureProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The OpenFeature provider's boolean evaluation against {@code isEnabled} on the snapshot path, on
 * the same registry, callers and steps: what the provider adds (parsing the context's ids, the
 * answer's object) and, through the SDK's {@code Client}, what OpenFeature adds on top; the SDK's
 * {@code Client} over its own {@link InMemoryProvider} (a map lookup) is the floor the SDK sets. Two
 * walks: every call another caller ({@link Contexts}), and requests of {@value Requests#FLAGS} calls
 * per caller ({@link Requests}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OpenFeatureBenchmarks {

  /** The provider over the snapshot's registry, initialized as the SDK would, and a client of it. */
  @State(Scope.Benchmark)
  public static class Provider {
    RegistryFeatureProvider provider;
    Client client;
    Client inMemory;

    /**
     * Sets the provider up on the snapshot's registry.
     *
     * @param snapshot the registry with the snapshot on
     */
    @Setup(Level.Trial)
    public void open(SnapshotState snapshot) {
      provider = new RegistryFeatureProvider(snapshot.registry);
      OpenFeatureAPI.getInstance().setProviderAndWait("bench", provider);
      client = OpenFeatureAPI.getInstance().getClient("bench");
      Map<String, Flag<?>> flags = new HashMap<>();
      for (int m = 1; m <= DataSet.MODULES; m++) {
        flags.put(DataSet.module(m), Flag.<Boolean>builder().variant("enabled", true).variant("disabled", false)
            .defaultVariant(m % 2 == 0 ? "enabled" : "disabled").build());
      }
      OpenFeatureAPI.getInstance().setProviderAndWait("bench-in-memory", new InMemoryProvider(flags));
      inMemory = OpenFeatureAPI.getInstance().getClient("bench-in-memory");
    }

    /** Shuts OpenFeature (and so the provider) down. */
    @TearDown(Level.Trial)
    public void close() {
      OpenFeatureAPI.getInstance().shutdown();
    }
  }

  /**
   * The cursor's very steps as evaluation contexts (user id and organization as text, as a context has
   * them), one context per caller: a service builds a caller's context once per request and evaluates
   * its flags with it, and 4,096 distinct contexts for ~1,000 callers made the run measure cache misses
   * in the contexts' object graphs (map, nodes, values, strings) more than the evaluation.
   */
  @State(Scope.Thread)
  public static class Contexts {
    private final EvaluationContext[] contexts = new EvaluationContext[Cursor.SPAN];
    private final String[] keys = new String[Cursor.SPAN];
    private int next;

    /**
     * Walks the cursor once round, recording each step and loading its caller into the snapshot
     * (one query each: on a loaded machine JMH's warm-up would not get through them all, and the
     * steady state of recurring callers is what is measured).
     *
     * @param c this thread's cursor
     * @param snapshot the registry with the snapshot on
     */
    @Setup(Level.Trial)
    public void fill(Cursor c, SnapshotState snapshot) {
      Map<UUID, EvaluationContext> byCaller = new HashMap<>();
      for (int i = 0; i < Cursor.SPAN; i++) {
        c.step();
        UUID member = c.member();
        UUID orgId = c.orgId();
        contexts[i] = byCaller.computeIfAbsent(member,
            m -> new ImmutableContext(m.toString(), Map.of("organization", new Value(orgId.toString()))));
        keys[i] = c.module();
        snapshot.registry.asUser(member).isEnabled(orgId, c.module());
      }
    }

    void step() {
      next = (next + 1) & (Cursor.SPAN - 1);
    }
  }

  /**
   * Requests: each caller's context evaluated for {@value #FLAGS} flags in a row (modules drawn by the cursor), as a
   * request checks its flags with the context it has just built, so that context is in the core's cache as a
   * request's is; {@code isEnabled} walks the very same steps with the same caller's ids ({@code asUser} on each call
   * still). In {@link Contexts}' walk every call is another caller, so each evaluation reads its context's objects
   * (a map, its nodes, values and strings: about ten cache lines) cold, where {@code isEnabled} reads two ids.
   */
  @State(Scope.Thread)
  public static class Requests {
    /** Flags a request evaluates with one context. */
    static final int FLAGS = 4;
    private final EvaluationContext[] contexts = new EvaluationContext[Cursor.SPAN];
    private final UUID[] members = new UUID[Cursor.SPAN];
    private final UUID[] orgIds = new UUID[Cursor.SPAN];
    private final String[] keys = new String[Cursor.SPAN];
    private int next;

    /**
     * Records the requests, one context per caller as in {@link Contexts}, and loads each caller into the snapshot.
     *
     * @param c this thread's cursor
     * @param snapshot the registry with the snapshot on
     */
    @Setup(Level.Trial)
    public void fill(Cursor c, SnapshotState snapshot) {
      Map<UUID, EvaluationContext> byCaller = new HashMap<>();
      for (int i = 0; i < Cursor.SPAN; i += FLAGS) {
        c.step();
        UUID member = c.member();
        UUID orgId = c.orgId();
        EvaluationContext context = byCaller.computeIfAbsent(member,
            m -> new ImmutableContext(m.toString(), Map.of("organization", new Value(orgId.toString()))));
        for (int j = i; j < i + FLAGS; j++) {
          c.step();
          contexts[j] = context;
          members[j] = member;
          orgIds[j] = orgId;
          keys[j] = c.module();
          snapshot.registry.asUser(member).isEnabled(orgId, keys[j]);
        }
      }
    }

    void step() {
      next = (next + 1) & (Cursor.SPAN - 1);
    }
  }

  /** The baseline: a member asks whether a module is on, answered from memory ({@code asUser} included). */
  @Benchmark
  public boolean isEnabled_snapshot(BenchState s, SnapshotState snapshot, Cursor c, Contexts loaded, CpuTime cpu) {
    cpu.tick();
    return BenchState.isEnabledAsMember(snapshot.registry, c);
  }

  /**
   * The same question as the provider's boolean evaluation, called directly with the caller's {@code ImmutableContext}
   * (the SDK's {@code Client} hands it a context of its own, merged per call: {@code client_boolean}).
   */
  @Benchmark
  public Boolean provider_boolean(BenchState s, Provider p, Contexts x, CpuTime cpu) {
    cpu.tick();
    x.step();
    return p.provider.getBooleanEvaluation(x.keys[x.next], Boolean.FALSE, x.contexts[x.next]).getValue();
  }

  /** The same through OpenFeature's {@code Client} (hooks, context merging, event checks): what an application pays. */
  @Benchmark
  public boolean client_boolean(BenchState s, Provider p, Contexts x, CpuTime cpu) {
    cpu.tick();
    x.step();
    return p.client.getBooleanValue(x.keys[x.next], false, x.contexts[x.next]);
  }

  /** The SDK's floor: its {@code Client} (no hooks) over its own in-memory provider, the same keys and contexts. */
  @Benchmark
  public boolean client_inMemory(BenchState s, Provider p, Contexts x, CpuTime cpu) {
    cpu.tick();
    x.step();
    return p.inMemory.getBooleanValue(x.keys[x.next], false, x.contexts[x.next]);
  }

  /** The baseline per request: {@code isEnabled} on the requests' steps ({@code asUser} included on each call). */
  @Benchmark
  public boolean isEnabled_request(BenchState s, SnapshotState snapshot, Requests r, CpuTime cpu) {
    cpu.tick();
    r.step();
    return snapshot.registry.asUser(r.members[r.next]).isEnabled(r.orgIds[r.next], r.keys[r.next]);
  }

  /** The provider's boolean evaluation on the requests' steps, with each request's context. */
  @Benchmark
  public Boolean provider_request(BenchState s, Provider p, Requests r, CpuTime cpu) {
    cpu.tick();
    r.step();
    return p.provider.getBooleanEvaluation(r.keys[r.next], Boolean.FALSE, r.contexts[r.next]).getValue();
  }
}
