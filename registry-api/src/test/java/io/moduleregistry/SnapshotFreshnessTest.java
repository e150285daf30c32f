package io.moduleregistry;

import static io.moduleregistry.Snapshots.awaitLive;
import static io.moduleregistry.Snapshots.stats;
import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.Await;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Freshness from the ground truth: a listener that passed its start-up probe but then hears
 * nothing (as behind a pooler that drops its LISTEN) is caught by the heartbeat comparing the
 * change counter with what was heard; the snapshot then answers from the database and polls.
 */
class SnapshotFreshnessTest {

  @Test
  void aListenerThatHearsNothingIsCaughtByTheHeartbeatAndTheSnapshotPolls() {
    RegistryDatabase db = RegistryDatabase.shared();
    db.fixtures().module("fr-reports", "Reports");
    Tenant acme = db.fixtures().tenant("Deaf");
    db.fixtures().install(acme.orgId(), "fr-reports");
    SnapshotSettings settings = SnapshotSettings.builder().heartbeat(Duration.ofMillis(200))
        .listenConnection(() -> deaf(db)).build();
    try (ModuleRegistry cached = ModuleRegistry.builder(db.appDataSource()).snapshot(settings).build()) {
      awaitLive(cached);
      assertThat(stats(cached).mode()).as("the probe's own channel is heard").isEqualTo("LISTEN");
      UserScope member = cached.asUser(acme.member());
      Snapshots.awaitHit(cached, "the member", () -> assertThat(member.isEnabled(acme.orgId(), "fr-reports")).isTrue());
      db.fixtures().update("delete from public.org_members where org_id = ? and user_id = ?", acme.orgId(), acme.member());
      Await.until("the removal to reach the snapshot", () -> !member.isEnabled(acme.orgId(), "fr-reports"));
      Await.until("the switch to polling", () -> stats(cached).mode().equals("POLL") && stats(cached).live());
      assertThat(stats(cached).connectionLosses()).isPositive();
      db.fixtures().update("insert into public.org_members (org_id, user_id, role) values (?, ?, 'member')",
          acme.orgId(), acme.member());
      Await.until("the return to reach the polling snapshot", () -> member.isEnabled(acme.orgId(), "fr-reports"));
    }
  }

  /** A direct connection on which the snapshot's own LISTEN silently does nothing: it hears no change. */
  private static Connection deaf(RegistryDatabase db) {
    try {
      Connection real = DriverManager.getConnection(db.jdbcUrl(), RegistryDatabase.APP_ROLE, db.appPassword());
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (method.getName().equals("createStatement") && result instanceof Statement statement) {
              return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                  (p, m, a) -> m.getName().equals("execute") && a != null && a.length == 1
                      && ("listen " + ChangeFeed.CHANNEL).equals(a[0])
                      ? statement.execute("select 1") : invoke(statement, m, a));
            }
            return result;
          });
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
