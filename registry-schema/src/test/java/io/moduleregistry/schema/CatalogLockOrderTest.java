package io.moduleregistry.schema;

import static io.moduleregistry.schema.Transactions.execute;
import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.Await;
import io.moduleregistry.testkit.Fixtures;
import io.moduleregistry.testkit.RegistryDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * registerModule's upsert of a module's version and a concurrent sync_catalog re-versioning it lock
 * in one order (the catalog's advisory lock, then rows): before 20241205000100 the upsert held the
 * row and asked for the advisory lock at commit (the deferred range check) while the sync held the
 * advisory lock and waited for the row, a deadlock (40P01).
 */
class CatalogLockOrderTest {

  @Test
  void anUpsertOfAVersionAndACatalogSyncOfTheSameModuleBothCommit() throws Exception {
    RegistryDatabase db = RegistryDatabase.shared();
    DataSource app = db.appDataSource();
    Fixtures f = db.fixtures();
    f.module("lock-order", "Lock order");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection upsert = app.getConnection()) {
      upsert.setAutoCommit(false);
      execute(upsert, "set local role service_role");
      execute(upsert, "insert into public.modules (id, name, version) values ('lock-order', 'Lock order', '2.0.0')"
          + " on conflict (id) do update set version = excluded.version");
      Future<?> sync = pool.submit(() -> {
        Transactions.commit(app, Caller.service(), c -> Transactions.call(c, "select module_registry.sync_catalog(?::jsonb)",
            "[{\"id\": \"lock-order\", \"name\": \"Lock order\", \"version\": \"3.0.0\", \"requires\": {}}]"));
        return null;
      });
      awaitWaitingForALock(app, sync);
      upsert.commit(); // deadlocked here (40P01) before the fix
      sync.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(f.queryValue("select version from public.modules where id = 'lock-order'")).isEqualTo("3.0.0");
  }

  /** Until the sync waits on a lock (a condition, not a time), or fails. */
  private static void awaitWaitingForALock(DataSource app, Future<?> sync) throws Exception {
    try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement(
        "select count(*) from pg_catalog.pg_stat_activity where wait_event_type = 'Lock'"
            + " and query like '%sync_catalog%' and pid <> pg_catalog.pg_backend_pid()")) {
      Await.until("the sync to wait for the upsert's locks", () -> {
        if (sync.isDone()) {
          return true; // it failed or finished: sync.get() below says which
        }
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getLong(1) > 0;
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    }
    if (sync.isDone()) {
      sync.get();
    }
  }
}
