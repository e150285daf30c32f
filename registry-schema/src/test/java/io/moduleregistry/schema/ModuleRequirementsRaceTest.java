package io.moduleregistry.schema;

import static io.moduleregistry.schema.Transactions.execute;
import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.Fixtures;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.SQLException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two admins at once, as PostgREST sends it: one installs "dependent", the other uninstalls (or
 * disables) its requirement. Both may not commit; whatever interleaving the rounds hit, the
 * organization is never left with "dependent" enabled and its requirement gone or disabled.
 */
class ModuleRequirementsRaceTest {

  private static final int ROUNDS = 150;

  @Test
  void installingADependentAndRemovingItsRequirementNeverBothCommit() throws Exception {
    RegistryDatabase db = RegistryDatabase.shared();
    DataSource app = db.appDataSource();
    Fixtures f = db.fixtures();
    f.module("race-base", "Base");
    f.module("race-dependent", "Dependent");
    f.update("insert into public.module_requirements (module_id, requires_id) values ('race-dependent', 'race-base')"
        + " on conflict do nothing");
    Tenant acme = f.tenant("Acme");
    Caller owner = Caller.user("owner", acme.owner());
    Caller admin = Caller.user("admin", acme.admin());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int[] outcomes = new int[4]; // [install only, removal only, neither, both]
    try {
      for (int round = 0; round < ROUNDS; round++) {
        f.update("delete from public.org_modules where org_id = ? and module_id = 'race-dependent'", acme.orgId());
        f.update("delete from public.org_modules where org_id = ?", acme.orgId());
        f.install(acme.orgId(), "race-base");
        boolean disable = round % 2 == 1;
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Boolean> install = pool.submit(() -> attempt(app, owner, start,
            "insert into public.org_modules (org_id, module_id) values (?, 'race-dependent')", acme));
        Future<Boolean> remove = pool.submit(() -> attempt(app, admin, start, disable
            ? "update public.org_modules set enabled = false where org_id = ? and module_id = 'race-base'"
            : "delete from public.org_modules where org_id = ? and module_id = 'race-base'", acme));
        boolean installed = install.get(30, TimeUnit.SECONDS);
        boolean removed = remove.get(30, TimeUnit.SECONDS);
        outcomes[installed && removed ? 3 : installed ? 0 : removed ? 1 : 2]++;
        Object inconsistent = f.queryValue("select count(*) from public.org_modules d where d.org_id = ?"
            + " and d.module_id = 'race-dependent' and d.enabled and not exists (select 1 from public.org_modules b"
            + " where b.org_id = d.org_id and b.module_id = 'race-base' and b.enabled)", acme.orgId());
        assertThat(((Number) inconsistent).longValue()).as("round " + round).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("race outcomes over %d rounds: install won %d, removal won %d, neither %d, both %d%n",
        ROUNDS, outcomes[0], outcomes[1], outcomes[2], outcomes[3]);
    assertThat(outcomes[3]).as("rounds where both committed").isZero();
    assertThat(outcomes[0] + outcomes[1]).as("rounds where one of them committed").isGreaterThan(0);
  }

  /** Runs the statement in its own transaction as soon as the other thread is ready; true if it committed. */
  private static boolean attempt(DataSource app, Caller caller, CyclicBarrier start, String sql, Tenant tenant)
      throws Exception {
    try {
      Transactions.commit(app, caller, c -> {
        try {
          start.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        execute(c, sql, tenant.orgId());
      });
      return true;
    } catch (SQLException e) {
      assertThat(e.getSQLState()).as(e.getMessage()).isIn("MR191", "MR192");
      return false;
    }
  }
}
