package io.moduleregistry;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.PgBouncer;
import io.moduleregistry.testkit.RegistryDatabase;
import org.junit.jupiter.api.Assumptions;

/** For tests through a real PgBouncer: skip, saying why, where it is not installed; a HikariCP pool through it. */
final class PgBouncers {

  private PgBouncers() {}

  /** Skips the calling test (class) where PgBouncer is not installed, and prints why. */
  static void assumeInstalled() {
    boolean installed = PgBouncer.binary().isPresent();
    if (!installed) {
      System.out.println("SKIPPED: PgBouncer is not installed (apt-get install pgbouncer, or -D"
          + PgBouncer.BINARY_PROPERTY + "=/path/to/pgbouncer): the tests through PgBouncer in transaction mode do not run");
    }
    Assumptions.assumeTrue(installed, "PgBouncer is not installed");
  }

  /** A HikariCP pool of the app role through PgBouncer, with this many client connections. */
  static HikariDataSource pool(PgBouncer bouncer, RegistryDatabase db, int clientConnections) {
    return AppPools.pool(db, bouncer.jdbcUrl(), clientConnections, config -> config.setPoolName("through-pgbouncer"));
  }
}
