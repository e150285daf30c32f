package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.PgBouncer;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Why the README says {@code prepareThreshold=0} behind PgBouncer 1.18 in transaction mode: with
 * pgjdbc's default, from the fifth run of a statement on a client connection pgjdbc uses a named
 * server-side prepared statement ({@code S_1}, {@code S_2}, named per client connection). Two clients
 * served by the same server connection in turn then collide ("prepared statement S_1 already
 * exists"), and a client served by another one finds none (26000). The error names the remedy. With
 * {@code prepareThreshold=0} the same calls work. Skipped, saying so, without PgBouncer.
 */
class PgBouncerPreparedStatementsTest {

  @Test
  void serverPreparedStatementsBreakInTransactionModeAndPrepareThreshold0Avoids() throws SQLException {
    PgBouncers.assumeInstalled();
    RegistryDatabase db = RegistryDatabase.shared();
    Tenant acme = db.fixtures().tenant("Acme");
    try (PgBouncer bouncer = PgBouncer.start(db, 2)) {
      String withZero = bouncer.jdbcUrl();
      String pgjdbcDefault = withZero.replace("?prepareThreshold=0", "");
      assertThatThrownBy(() -> sixCallsOnEachOfTwoClients(db, acme, pgjdbcDefault))
          .isInstanceOf(RegistryException.class).hasMessageContaining("42P05").hasMessageContaining("prepareThreshold=0")
          .satisfies(e -> assertThat(((RegistryException) e).code()).isEqualTo(RegistryErrorCode.UNEXPECTED));
      sixCallsOnEachOfTwoClients(db, acme, withZero); // no exception
    }
  }

  /** Six calls on one client connection, then six on another: PgBouncer serves both with its idle server connection. */
  private static void sixCallsOnEachOfTwoClients(RegistryDatabase db, Tenant acme, String url) throws SQLException {
    try (Connection first = DriverManager.getConnection(url, RegistryDatabase.APP_ROLE, db.appPassword());
         Connection second = DriverManager.getConnection(url, RegistryDatabase.APP_ROLE, db.appPassword())) {
      for (Connection client : new Connection[] {first, second}) {
        UserScope member = ModuleRegistry.builder(db.appDataSource()).connections(AppPools.on(client, false)).build()
            .asUser(acme.member());
        for (int i = 0; i < 6; i++) {
          assertThat(member.isEnabled(acme.orgId(), "agency")).isFalse();
        }
      }
    }
  }
}
