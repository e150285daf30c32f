package io.moduleregistry.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.ModuleChange;
import io.moduleregistry.ModuleManifest;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.UserScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * A chain of five modules (chain-5 needs chain-4 ... needs chain-1) installed in an organization as
 * its admin: as one plan ({@code installWithRequirements}: the plan's read, then one statement that
 * applies it) against five single installs in order. Each invocation starts from an organization
 * without them (emptied as the owner, outside the measured time). Run through {@link PlanBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class PlanBenchmarks {

  static final int CHAIN = 5;

  HikariDataSource app;
  HikariDataSource owner;
  ModuleRegistry registry;
  UserScope admin;
  UUID orgId;

  /** The catalog's chain, in install order. */
  static List<String> chain() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= CHAIN; i++) {
      ids.add("chain-" + i);
    }
    return ids;
  }

  /** Registers the chain (idempotent) and an organization with its admin. */
  @Setup(Level.Trial)
  public void open() throws SQLException {
    String url = System.getProperty("bench.url.small");
    app = BenchState.pool(url, System.getProperty("bench.app.user"), System.getProperty("bench.app.password"));
    owner = BenchState.pool(url, System.getProperty("bench.owner.user"), System.getProperty("bench.owner.password", ""));
    registry = ModuleRegistry.create(app);
    List<ModuleManifest> manifests = new ArrayList<>();
    for (int i = 1; i <= CHAIN; i++) {
      manifests.add(ModuleManifest.of("chain-" + i, "Chain " + i, "1.0.0",
          i == 1 ? Map.of() : Map.of("chain-" + (i - 1), "^1")));
    }
    registry.asService().syncCatalog(manifests);
    orgId = UUID.randomUUID();
    UUID adminId = UUID.randomUUID();
    ownerUpdate("insert into auth.users (id, email) values (?, ?)", adminId, adminId + "@bench.test");
    ownerUpdate("insert into public.organizations (id, name) values (?, 'Plan bench')", orgId, null);
    ownerUpdate("insert into public.org_members (org_id, user_id, role) values (?, ?, 'admin')", orgId, adminId);
    admin = registry.asUser(adminId);
  }

  /** An organization without the chain again (as the owner, unmeasured). */
  @Setup(Level.Invocation)
  public void empty() throws SQLException {
    ownerUpdate("delete from public.org_modules where org_id = ?", orgId, null);
  }

  /** Closes both pools. */
  @TearDown(Level.Trial)
  public void close() {
    app.close();
    owner.close();
  }

  private void ownerUpdate(String sql, Object first, Object second) throws SQLException {
    try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, first);
      if (second != null) {
        s.setObject(2, second);
      }
      s.executeUpdate();
    }
  }

  /** The chain as one plan: two round trips, one transaction for the five installs. */
  @Benchmark
  public Object chainAsOnePlan() {
    return admin.installWithRequirements(orgId, "chain-" + CHAIN);
  }

  /** The same as the same plan's steps, known in advance, applied: one round trip. */
  @Benchmark
  public Object chainAsPreparedPlanApplied() {
    admin.apply(new io.moduleregistry.Plan(orgId, chain().stream().map(ModuleChange::install).toList(), List.of()));
    return orgId;
  }

  /** Five single installs, requirements first: five round trips and transactions. */
  @Benchmark
  public Object chainAsFiveInstalls() {
    Object last = null;
    for (String id : chain()) {
      last = admin.install(orgId, id);
    }
    return last;
  }
}
