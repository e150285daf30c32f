package io.moduleregistry.bench;

import static io.moduleregistry.db.Tables.MODULES;
import static io.moduleregistry.db.Tables.ORG_MODULES;

import io.moduleregistry.Installation;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * One call at a time, four ways: the facade (user scope, one round trip), the floor (the same SQL
 * server-prepared through pgjdbc as the owner with an explicit filter: no RLS, no role switch),
 * plain jOOQ as the owner (built and rendered per call) and hand-written scoping. Names are
 * {@code call_variant}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LatencyBenchmarks {

  /** The facade: a member's {@code isEnabled} in one round trip under RLS. */
  @Benchmark
  public boolean isEnabled_facade(BenchState s, Cursor c) {
    return s.isEnabledAsMember(c);
  }

  /** The floor: the same SQL as a server-prepared pgjdbc statement on an owner connection, explicit filter, no RLS. */
  @Benchmark
  public boolean isEnabled_floor(BenchState s, Cursor c) throws SQLException {
    c.step();
    return s.floor.isEnabled(c.orgId(), c.module());
  }

  /** The same check as the owner through plain jOOQ, built and rendered on every call. */
  @Benchmark
  public boolean isEnabled_floorJooq(BenchState s, Cursor c) {
    c.step();
    return s.floorJooq.select(DSL.field(DSL.exists(DSL.selectOne()
            .from(ORG_MODULES).join(MODULES).on(MODULES.ID.eq(ORG_MODULES.MODULE_ID))
            .where(ORG_MODULES.ORG_ID.eq(c.orgId()), ORG_MODULES.MODULE_ID.eq(c.module()),
                ORG_MODULES.ENABLED.isTrue(), MODULES.IS_ACTIVE.isTrue()))))
        .fetchOne(0, Boolean.class);
  }

  /** Hand-written scoping: transaction, {@code set_config}, query, commit. */
  @Benchmark
  public boolean isEnabled_handWritten(BenchState s, Cursor c) throws SQLException {
    c.step();
    return s.handWritten.isEnabled(c.member(), c.orgId(), c.module());
  }

  /** The facade: a member lists its org's installations. */
  @Benchmark
  public List<Installation> installations_facade(BenchState s, Cursor c) {
    c.step();
    return s.user(c.member()).installations(c.orgId());
  }

  /** The floor: the same rows as the owner, the same SQL server-prepared through pgjdbc. */
  @Benchmark
  public int installations_floor(BenchState s, Cursor c) throws SQLException {
    c.step();
    return s.floor.installations(c.orgId());
  }

  /** The same rows as the owner through plain jOOQ. */
  @Benchmark
  public int installations_floorJooq(BenchState s, Cursor c) {
    c.step();
    return s.floorJooq.select(ORG_MODULES.ORG_ID, ORG_MODULES.MODULE_ID, ORG_MODULES.ENABLED, ORG_MODULES.INSTALLED_AT,
            ORG_MODULES.SETTINGS)
        .from(ORG_MODULES).where(ORG_MODULES.ORG_ID.eq(c.orgId())).orderBy(ORG_MODULES.MODULE_ID)
        .fetch().size();
  }

  /** Hand-written scoping for the same list. */
  @Benchmark
  public int installations_handWritten(BenchState s, Cursor c) throws SQLException {
    c.step();
    return s.handWritten.installations(c.member(), c.orgId());
  }

  /** The facade: the org's admin installs a module, then uninstalls it. */
  @Benchmark
  public Installation installCycle_facade(BenchState s, Cursor c) {
    c.step();
    UUID org = c.orgId();
    var admin = s.user(c.admin());
    Installation installed = admin.install(org, DataSetGenerator.CYCLE_MODULE);
    admin.uninstall(org, DataSetGenerator.CYCLE_MODULE);
    return installed;
  }

  /** The floor: the same insert and delete as the owner, server-prepared through pgjdbc. */
  @Benchmark
  public int installCycle_floor(BenchState s, Cursor c) throws SQLException {
    c.step();
    return s.floor.installAndUninstall(c.orgId(), DataSetGenerator.CYCLE_MODULE);
  }

  /** The same insert and delete as the owner through plain jOOQ. */
  @Benchmark
  public int installCycle_floorJooq(BenchState s, Cursor c) {
    c.step();
    UUID org = c.orgId();
    int inserted = s.floorJooq.insertInto(ORG_MODULES, ORG_MODULES.ORG_ID, ORG_MODULES.MODULE_ID)
        .values(org, DataSetGenerator.CYCLE_MODULE)
        .returning(ORG_MODULES.ORG_ID, ORG_MODULES.MODULE_ID, ORG_MODULES.ENABLED, ORG_MODULES.INSTALLED_AT,
            ORG_MODULES.SETTINGS)
        .fetch().size();
    s.floorJooq.deleteFrom(ORG_MODULES)
        .where(ORG_MODULES.ORG_ID.eq(org), ORG_MODULES.MODULE_ID.eq(DataSetGenerator.CYCLE_MODULE)).execute();
    return inserted;
  }

  /** Hand-written scoping: two transactions with {@code set_config} each. */
  @Benchmark
  public void installCycle_handWritten(BenchState s, Cursor c) throws SQLException {
    c.step();
    s.handWritten.installAndUninstall(c.admin(), c.orgId(), DataSetGenerator.CYCLE_MODULE);
  }
}
