package io.moduleregistry.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.UserScope;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every variant gets alike: two HikariCP pools of the same size on the same database, one as
 * the app login role (facade and hand-written scoping), one as the owner (the floors: no RLS, no
 * role switch). Connection details come from the suite as system properties.
 */
@State(Scope.Benchmark)
public class BenchState {

  /** Pool size for every variant. */
  static final int POOL_SIZE = 8;

  /** Which data set: {@code small} or {@code large}. */
  @Param({"small", "large"})
  public String size;

  DataSet set;
  HikariDataSource app;
  HikariDataSource owner;
  ModuleRegistry registry;
  DSLContext floorJooq;
  PreparedFloor floor;
  HandWrittenScoping handWritten;

  /** Opens both pools on the chosen data set's database. */
  @Setup(Level.Trial)
  public void open() {
    set = DataSet.named(size);
    String url = System.getProperty("bench.url." + size);
    if (url == null) {
      throw new IllegalStateException("run the benchmarks through BenchmarkSuite, which sets bench.url." + size);
    }
    app = pool(url, System.getProperty("bench.app.user"), System.getProperty("bench.app.password"));
    owner = pool(url, System.getProperty("bench.owner.user"), System.getProperty("bench.owner.password", ""));
    registry = ModuleRegistry.create(app);
    floorJooq = DSL.using(owner, SQLDialect.POSTGRES);
    floor = new PreparedFloor(owner);
    handWritten = new HandWrittenScoping(app);
  }

  /** Closes both pools. */
  @TearDown(Level.Trial)
  public void close() {
    app.close();
    owner.close();
  }

  UserScope user(UUID userId) {
    return registry.asUser(userId);
  }

  /** The facade's hot path: a member asks whether a module is on for its org. */
  boolean isEnabledAsMember(Cursor c) {
    return isEnabledAsMember(registry, c);
  }

  /** The same through any registry (with a snapshot, say): {@code asUser} included, as a request pays it. */
  static boolean isEnabledAsMember(ModuleRegistry registry, Cursor c) {
    c.step();
    return registry.asUser(c.member()).isEnabled(c.orgId(), c.module());
  }

  /** A pool of {@link #POOL_SIZE}, as every variant gets. */
  static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(POOL_SIZE);
    return new HikariDataSource(config);
  }
}
