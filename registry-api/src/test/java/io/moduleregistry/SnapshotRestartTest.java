package io.moduleregistry;

import static io.moduleregistry.Snapshots.awaitHit;
import static io.moduleregistry.Snapshots.awaitLive;
import static io.moduleregistry.Snapshots.awaitCaughtUp;
import static io.moduleregistry.Snapshots.sql;
import static io.moduleregistry.Snapshots.stats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.schema.RegistrySchema;
import io.moduleregistry.testkit.Await;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database restarts under a live snapshot: while it is down every call fails as the uncached
 * call fails (never an answer from memory); once it is back, a change committed while the snapshot
 * was not listening is reflected after it has listened again and reloaded. Runs a server of its own
 * (zonky, as the testkit's embedded server, but on a kept data directory and a fixed port so that it
 * can be stopped and started again), logging in as its superuser, which may switch to the roles RLS
 * applies to as the app role does.
 */
class SnapshotRestartTest {

  @Test
  void aRestartedDatabaseIsAnsweredFromTheDatabaseUntilTheSnapshotHasReloaded() throws Exception {
    Path data = Files.createTempDirectory("snapshot-restart");
    int port = freePort();
    EmbeddedPostgres server = start(data, port);
    // the test's own statements: unpooled, so that none waits behind the pool's reconnect back-off
    PGSimpleDataSource owner = new PGSimpleDataSource();
    owner.setUrl("jdbc:postgresql://localhost:" + port + "/postgres");
    owner.setUser("postgres");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(owner.getUrl());
    config.setUsername("postgres");
    config.setMaximumPoolSize(3);
    config.setConnectionTimeout(1_000); // while the server is down, calls fail fast
    try (HikariDataSource pool = new HikariDataSource(config);
         ModuleRegistry registry = ModuleRegistry.builder(pool).snapshot(SnapshotSettings.defaults()).build()) {
      RegistrySchema.migrate(owner);
      UUID org = UUID.randomUUID();
      UUID member = UUID.randomUUID();
      UUID other = UUID.randomUUID();
      seed(owner, org, member, other);
      awaitLive(registry);
      UserScope user = registry.asUser(member);
      // the seed's notifications may still be reloading: wait for an answer from memory, not for the second call
      awaitHit(registry, "the member", () -> assertThat(user.isEnabled(org, "agency")).isTrue());

      server.close();
      Await.until("the snapshot to notice the stop", () -> !stats(registry).live());
      assertThatThrownBy(() -> user.isEnabled(org, "agency")).isInstanceOf(RegistryUnavailableException.class);

      server = start(data, port);
      long reloads = stats(registry).reloads();
      // committed as soon as the server is back, perhaps before the snapshot listens again
      sql(owner, "update public.org_modules set enabled = false where org_id = ?", org);
      sql(owner, "insert into public.org_members (org_id, user_id, role) values (?, ?, 'member')", org, other);
      sql(owner, "insert into public.org_modules (org_id, module_id) values (?, 'billing')", org);
      awaitCaughtUp(registry, owner);
      assertThat(stats(registry).reloads()).isGreaterThan(reloads);
      assertThat(user.isEnabled(org, "agency")).isFalse();
      assertThat(user.isEnabled(org, "billing")).isTrue();
      assertThat(registry.asUser(other).isEnabled(org, "billing")).isTrue();
      assertThat(registry.asService().isEnabled(org, "agency")).isFalse();
      assertThat(stats(registry).connectionLosses()).isPositive();
    } finally {
      server.close();
    }
  }

  private static void seed(DataSource owner, UUID org, UUID member, UUID other) throws Exception {
    for (String statement : List.of(
        "insert into auth.users (id) values ('" + member + "'), ('" + other + "')",
        "insert into public.organizations (id, name) values ('" + org + "', 'Restart')",
        "insert into public.org_members (org_id, user_id, role) values ('" + org + "', '" + member + "', 'member')",
        "insert into public.modules (id, name) values ('agency', 'Agency'), ('billing', 'Billing')",
        "insert into public.org_modules (org_id, module_id) values ('" + org + "', 'agency')")) {
      sql(owner, statement);
    }
  }

  private static EmbeddedPostgres start(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("fsync", "off")
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
