package io.moduleregistry;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.PgBouncer;
import io.moduleregistry.testkit.RegistryDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link ScopeBehaviourTest}'s every operation as owner, admin, member, stranger and service, through
 * a real PgBouncer in transaction mode (2 server connections, {@code prepareThreshold=0}). Skipped,
 * saying so, where PgBouncer is not installed.
 */
class ScopeBehaviourThroughPgBouncerTest extends ScopeBehaviourTest {

  private PgBouncer bouncer;
  private HikariDataSource pool;

  @Override
  DataSource dataSource(RegistryDatabase database) {
    PgBouncers.assumeInstalled();
    bouncer = PgBouncer.start(database, 2);
    pool = PgBouncers.pool(bouncer, database, 4);
    return pool;
  }

  @AfterAll
  void stopPgBouncer() {
    if (pool != null) {
      pool.close();
    }
    if (bouncer != null) {
      bouncer.close();
    }
  }
}
