package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL really stopped and started again ({@code pg_ctl stop -m fast}, then {@code -m
 * immediate}, each followed by {@code pg_ctl start} once calls have failed for a while) while 8 threads read
 * and write through the facade over HikariCP. Every call succeeds, or throws {@link
 * RegistryUnavailableException} (nothing changed), or, for a write in flight when the server went
 * away, {@link RegistryOutcomeUnknownException}; the pool recovers without restarting anything;
 * every acknowledged write is in the database, and the history agrees with the rows: no write
 * half-applied, none reported as "nothing changed" that happened.
 *
 * <p>It runs its own embedded server with {@code synchronous_commit} on (the shared test server turns
 * it off for speed, which an immediate shutdown would rightly punish), in a data directory it knows,
 * so that it can run zonky's {@code pg_ctl} against it (under {@code unshare -U} as root, as zonky does).
 */
class RestartUnderLoadTest {

  private static final int THREADS = 8;
  /** Each thread's cap on calls, so that the test is bounded whatever happens. */
  private static final int MAX_CALLS_PER_THREAD = 20_000;

  /** One thread's record of its writes: the settings' {@code seq} values by what the facade answered. */
  static final class Ledger {
    final Set<Integer> acknowledged = new TreeSet<>();
    final Set<Integer> unknown = new TreeSet<>();
    final Set<Integer> refused = new TreeSet<>();
  }

  @Test
  void restartsUnderLoadLoseNoAcknowledgedWriteAndThePoolRecovers(@org.junit.jupiter.api.io.TempDir Path work)
      throws Exception {
    Path data = work.resolve("data");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(true)
        .setServerConfig("fsync", "off") // the OS survives, so written WAL does
        .setServerConfig("synchronous_commit", "on") // zonky's default is off: a commit must wait for its WAL
        .setServerConfig("max_connections", "50")
        .setPGStartupWait(java.time.Duration.ofSeconds(60))
        .start();
         RegistryDatabase db = RegistryDatabase.builder()
             .external("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "").start();
         HikariDataSource pool = pool(db)) {
      // postmaster.opts: the server binary, then the options it was started with ("-p" "port" "-c" ...),
      // quoted as pg_ctl -o takes them; zonky's pg_ctl sits beside that binary
      String[] opts = Files.readString(data.resolve("postmaster.opts")).trim().split("\\s+", 2);
      Path pgCtl = Path.of(opts[0]).resolveSibling("pg_ctl");
      String options = opts[1];
      ModuleRegistry registry = ModuleRegistry.create(pool);
      registry.asService().registerModule(ModuleDefinition.of("rs-config", "Config"));
      List<Tenant> tenants = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Tenant tenant = db.fixtures().tenant("Restart " + t);
        registry.asService().install(tenant.orgId(), "rs-config", Map.of("seq", 0));
        tenants.add(tenant);
      }

      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger successes = new AtomicInteger();
      AtomicInteger calls = new AtomicInteger();
      AtomicInteger unavailable = new AtomicInteger();
      AtomicInteger unknown = new AtomicInteger();
      ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
      Map<UUID, Ledger> ledgers = new ConcurrentHashMap<>();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> running = new ArrayList<>();
      for (Tenant tenant : tenants) {
        Ledger ledger = new Ledger();
        ledgers.put(tenant.orgId(), ledger);
        UserScope admin = registry.asUser(tenant.admin());
        running.add(threads.submit(() -> {
          for (int i = 1; i <= MAX_CALLS_PER_THREAD && !stop.get(); i++) {
            boolean write = i % 2 == 0;
            calls.incrementAndGet();
            try {
              if (write) {
                admin.replaceSettings(tenant.orgId(), "rs-config", Map.of("seq", i));
                ledger.acknowledged.add(i);
              } else if (admin.settingsJson(tenant.orgId(), "rs-config").path("seq").asInt(-1) < 0) {
                wrong.add("a read saw no seq");
              }
              successes.incrementAndGet();
            } catch (RegistryUnavailableException e) {
              unavailable.incrementAndGet();
              if (write) {
                ledger.refused.add(i);
              }
            } catch (RegistryOutcomeUnknownException e) {
              unknown.incrementAndGet();
              if (write) {
                ledger.unknown.add(i);
              } else {
                wrong.add("a read reported an unknown outcome: " + e.getMessage());
              }
            } catch (RuntimeException e) {
              wrong.add(e.toString());
            }
          }
          return null;
        }));
      }

      List<String> phases = new ArrayList<>();
      try {
        awaitMore(successes, 200);
        for (String mode : List.of("fast", "immediate")) {
          int failedBefore = unavailable.get() + unknown.get();
          pgCtl(pgCtl, data, "-m", mode, "-w", "-t", "120", "stop");
          awaitMore(unavailable, 4 * THREADS); // down for a while: every thread keeps calling and failing
          pgCtl(pgCtl, data, "-w", "-t", "120", "-o", options, "start");
          awaitMore(successes, 200); // the same pool serves again: no application restart
          phases.add(mode + " shutdown and start: " + (unavailable.get() + unknown.get() - failedBefore) + " failed calls");
        }
      } finally {
        stop.set(true);
        for (Future<?> f : running) {
          f.get(5, TimeUnit.MINUTES);
        }
        threads.shutdownNow();
      }

      int lost = 0;
      int lies = 0;
      int halfApplied = 0;
      for (Tenant tenant : tenants) {
        Ledger ledger = ledgers.get(tenant.orgId());
        List<Integer> history = history(db, tenant.orgId());
        int stored = registry.asService().settingsJson(tenant.orgId(), "rs-config").path("seq").asInt();
        for (int seq : ledger.acknowledged) {
          lost += history.contains(seq) ? 0 : 1;
        }
        for (int seq : ledger.refused) {
          lies += history.contains(seq) ? 1 : 0; // said "nothing was changed", but it was
        }
        for (int seq : history) {
          if (!ledger.acknowledged.contains(seq) && !ledger.unknown.contains(seq) && seq != 0) {
            lies++;
          }
        }
        halfApplied += history.isEmpty() || history.get(history.size() - 1) != stored ? 1 : 0;
        assertThat(history).as("history of " + tenant.orgId()).isSorted().doesNotHaveDuplicates();
      }
      System.out.println("RestartUnderLoadTest: " + THREADS + " threads, " + calls.get() + " calls, " + successes.get()
          + " succeeded, " + unavailable.get() + " RegistryUnavailableException, " + unknown.get()
          + " RegistryOutcomeUnknownException; " + String.join("; ", phases) + "; lost writes " + lost
          + ", wrongly reported writes " + lies + ", rows disagreeing with history " + halfApplied + ", other exceptions "
          + wrong.size() + ", connections leaked " + pool.getHikariPoolMXBean().getActiveConnections());
      assertThat(wrong).as("exceptions other than unavailable / outcome unknown").isEmpty();
      assertThat(lost).as("acknowledged writes lost").isZero();
      assertThat(lies).as("writes reported as not applied that were, or applied that nobody asked for").isZero();
      assertThat(halfApplied).as("rows whose settings disagree with their history").isZero();
      assertThat(unavailable.get() + unknown.get()).as("the restarts were felt").isPositive();
      assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections leaked").isZero();
    }
  }

  private static HikariDataSource pool(RegistryDatabase db) {
    // while the server is down, calls fail after a second instead of queueing
    return AppPools.pool(db, db.jdbcUrl(), THREADS, config -> config.setConnectionTimeout(1000));
  }

  /** The {@code seq} of every settings the history recorded for the org, oldest first (0: the install). */
  private static List<Integer> history(RegistryDatabase db, UUID orgId) throws SQLException {
    List<Integer> seqs = new ArrayList<>();
    try (Connection c = db.ownerDataSource().getConnection(); PreparedStatement s = c.prepareStatement(
        "select (v.new_settings ->> 'seq')::int from public.org_module_events e"
            + " join public.org_module_event_settings v on v.event_id = e.id where e.org_id = ? and e.module_id = 'rs-config'"
            + " and e.event in ('installed', 'settings_changed') order by e.id")) {
      s.setObject(1, orgId);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          seqs.add(rows.getInt(1));
        }
      }
    }
    return seqs;
  }

  private static void awaitMore(AtomicInteger counter, int more) throws InterruptedException {
    int target = counter.get() + more;
    for (int i = 0; i < 12_000 && counter.get() < target; i++) {
      Thread.sleep(10);
    }
    assertThat(counter.get()).as("the awaited calls happened").isGreaterThanOrEqualTo(target);
  }

  /** Runs zonky's pg_ctl on the data directory; as root under {@code unshare -U}, as zonky itself does. */
  private static void pgCtl(Path pgCtl, Path data, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(pgCtl.toString());
    command.addAll(List.of("-D", data.toString(), "-l", data.resolveSibling("restart.log").toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as("pg_ctl " + String.join(" ", args) + ": " + output).isZero();
  }
}
