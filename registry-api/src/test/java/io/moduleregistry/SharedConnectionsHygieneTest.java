package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.PgBouncer;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Eight client threads share two server connections and switch users on every call, with refused
 * calls in between: through a real PgBouncer in transaction mode, and straight through a HikariCP
 * pool of two. Every answer is checked against what that caller may see (zero cross-user answers),
 * and between calls plain statements on the same server connections look for anything left behind:
 * a role, claims, an open transaction (zero residue).
 */
class SharedConnectionsHygieneTest {

  static final int THREADS = 8;
  static final int ROUNDS = 60;

  private static RegistryDatabase db;
  private static Tenant acme;
  private static Tenant globex;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    ServiceScope service = ModuleRegistry.create(db.appDataSource()).asService();
    service.registerModule(ModuleDefinition.of("sh-acme-only", "Acme only"));
    service.registerModule(ModuleDefinition.of("sh-globex-only", "Globex only"));
    acme = db.fixtures().tenant("Acme");
    globex = db.fixtures().tenant("Globex");
    service.install(acme.orgId(), "sh-acme-only", Map.of("secret", "acme"));
    service.install(globex.orgId(), "sh-globex-only", Map.of("secret", "globex"));
  }

  @Test
  void throughPgBouncerWithTwoServerConnections() throws Exception {
    PgBouncers.assumeInstalled();
    try (PgBouncer bouncer = PgBouncer.start(db, 2); HikariDataSource pool = PgBouncers.pool(bouncer, db, THREADS)) {
      report("PgBouncer, transaction mode, 2 server connections", hammer(pool));
    }
  }

  @Test
  void throughAHikariPoolOfTwo() throws Exception {
    try (HikariDataSource pool = AppPools.pool(db, db.jdbcUrl(), 2, config -> { })) {
      report("HikariCP, 2 connections", hammer(pool));
    }
  }

  /** Counts of one run. */
  record Tally(int calls, int refusals, int residueChecks, List<String> crossUser, List<String> residue) {}

  private static void report(String where, Tally tally) {
    System.out.println("SharedConnectionsHygieneTest [" + where + "]: " + THREADS + " threads, " + tally.calls()
        + " calls (" + tally.refusals() + " refused as expected), " + tally.residueChecks() + " residue checks, "
        + tally.crossUser().size() + " cross-user answers, " + tally.residue().size() + " residues");
    assertThat(tally.crossUser()).as("answers meant for another user").isEmpty();
    assertThat(tally.residue()).as("role, claims or transaction left on a server connection").isEmpty();
    assertThat(tally.calls()).isEqualTo(THREADS * ROUNDS * 9);
  }

  private static Tally hammer(DataSource pool) throws Exception {
    ModuleRegistry registry = ModuleRegistry.create(pool);
    UserScope alice = registry.asUser(acme.member());
    UserScope bob = registry.asUser(globex.member());
    UserScope acmeAdmin = registry.asUser(acme.admin());
    ServiceScope service = registry.asService();
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger refusals = new AtomicInteger();
    AtomicInteger checks = new AtomicInteger();
    Queue<String> crossUser = new ConcurrentLinkedQueue<>();
    Queue<String> residue = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        done.add(threads.submit(() -> {
          for (int round = 0; round < ROUNDS; round++) {
            // each thread starts with a different user, so neighbouring calls on a server connection differ
            for (int step = 0; step < 9; step++) {
              int which = (step + offset) % 9;
              String problem = switch (which) {
                case 0 -> expect(alice.installations(acme.orgId()).stream().map(Installation::moduleId).toList(),
                    List.of("sh-acme-only"), "alice/acme installations");
                case 1 -> expect(bob.installations(acme.orgId()), List.of(), "bob/acme installations");
                case 2 -> expect(bob.settingsMap(globex.orgId(), "sh-globex-only").get("secret"), "globex", "bob/globex secret");
                case 3 -> expect(alice.isEnabled(globex.orgId(), "sh-globex-only"), false, "alice/globex isEnabled");
                case 4 -> expect(service.installation(acme.orgId(), "sh-acme-only").map(i -> i.settings().get("secret")
                    .asText()), Optional.of("acme"), "service/acme secret");
                case 5 -> refused(() -> alice.disable(acme.orgId(), "sh-acme-only"), AccessDeniedException.class, refusals);
                case 6 -> refused(() -> bob.uninstall(acme.orgId(), "sh-acme-only"), ModuleNotInstalledException.class,
                    refusals);
                case 7 -> refused(() -> acmeAdmin.install(acme.orgId(), "sh-acme-only"),
                    ModuleAlreadyInstalledException.class, refusals);
                default -> expect(alice.settingsMap(acme.orgId(), "sh-acme-only").get("secret"), "acme", "alice/acme secret");
              };
              calls.incrementAndGet();
              if (problem != null) {
                crossUser.add(problem);
              }
              String left = residue(pool);
              checks.incrementAndGet();
              if (left != null) {
                residue.add(left);
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.MINUTES); // bounded, so that a hang fails instead of stalling the build
      }
    } finally {
      threads.shutdownNow();
    }
    return new Tally(calls.get(), refusals.get(), checks.get(), List.copyOf(crossUser), List.copyOf(residue));
  }

  private static String expect(Object actual, Object expected, String what) {
    return expected.equals(actual) ? null : what + ": expected " + expected + " but got " + actual;
  }

  private static String refused(Runnable call, Class<? extends RegistryException> type, AtomicInteger refusals) {
    try {
      call.run();
      return "not refused: expected " + type.getSimpleName();
    } catch (RegistryException e) {
      refusals.incrementAndGet();
      return type.isInstance(e) ? null : "expected " + type.getSimpleName() + " but got " + e;
    }
  }

  /** What a plain statement on a pooled (server) connection finds left behind, or null when it is clean. */
  private static String residue(DataSource pool) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select current_user, current_setting('role'),"
             + " coalesce(current_setting('request.jwt.claims', true), ''), pg_catalog.txid_current_if_assigned() is null,"
             + " c.autocommit from (select " + c.getAutoCommit() + " as autocommit) c")) {
      rs.next();
      boolean clean = RegistryDatabase.APP_ROLE.equals(rs.getString(1)) && "none".equals(rs.getString(2))
          && rs.getString(3).isEmpty() && rs.getBoolean(4) && rs.getBoolean(5);
      return clean ? null : "user=" + rs.getString(1) + " role=" + rs.getString(2) + " claims=" + rs.getString(3)
          + " no-transaction=" + rs.getBoolean(4) + " autocommit=" + rs.getBoolean(5);
    } catch (SQLException e) {
      return "residue check failed: " + e;
    }
  }
}
