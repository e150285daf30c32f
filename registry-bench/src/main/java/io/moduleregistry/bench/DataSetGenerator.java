package io.moduleregistry.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Fills a migrated, empty database with a {@link DataSet} in a handful of set-based SQL
 * statements (no row-by-row inserts from Java). Triggers and foreign-key checks are off for the
 * load ({@code session_replication_role = replica}, owner only): the rows are consistent by
 * construction, and a bulk load has no history to record.
 */
public final class DataSetGenerator {

  /** Module that no org has installed: what the install/uninstall benchmark installs. */
  public static final String CYCLE_MODULE = "bench-cycle";

  private DataSetGenerator() {}

  /**
   * Loads the data set and analyzes the tables.
   *
   * @param owner a data source for the database owner (a superuser)
   * @param set what to load
   * @return milliseconds taken
   */
  public static long generate(DataSource owner, DataSet set) throws SQLException {
    long started = System.nanoTime();
    int orgs = set.orgs();
    try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("set local session_replication_role = replica");
      s.execute("insert into auth.users (id, email) select md5('user-' || g)::uuid, 'user-' || g || '@bench.test'"
          + " from generate_series(1, " + 3 * orgs + ") g");
      s.execute("insert into public.organizations (id, name) select md5('org-' || g)::uuid, 'Org ' || g"
          + " from generate_series(1, " + orgs + ") g");
      s.execute("insert into public.org_members (org_id, user_id, role)"
          + " select md5('org-' || (((g - 1) % " + orgs + ") + 1))::uuid, md5('user-' || g)::uuid,"
          + " case when g <= " + orgs + " then 'owner' when g <= " + 2 * orgs + " then 'admin' else 'member' end"
          + " from generate_series(1, " + 3 * orgs + ") g");
      s.execute("insert into public.modules (id, name) select 'module-' || m, 'Module ' || m"
          + " from generate_series(1, " + DataSet.MODULES + ") m");
      s.execute("insert into public.modules (id, name) values ('" + CYCLE_MODULE + "', 'Install cycle')");
      s.execute("insert into public.org_modules (org_id, module_id, settings)"
          + " select md5('org-' || g)::uuid, 'module-' || m, jsonb_build_object('seats', m, 'plan', 'team')"
          + " from generate_series(1, " + orgs + ") g cross join generate_series(1, " + DataSet.MODULES + ") m");
      c.commit();
      c.setAutoCommit(true);
      s.execute("vacuum analyze");
    }
    return (System.nanoTime() - started) / 1_000_000;
  }
}
