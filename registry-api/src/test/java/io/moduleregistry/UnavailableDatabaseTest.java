package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.net.URI;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The database goes away: calls fail with RegistryUnavailableException carrying the cause, then recover. */
class UnavailableDatabaseTest {

  @Test
  void callsFailClearlyWhileTheDatabaseIsDownAndWorkAgainAfter() throws Exception {
    RegistryDatabase db = RegistryDatabase.shared();
    URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
    Tenant acme = db.fixtures().tenant("Acme");
    try (TcpProxy proxy = new TcpProxy(uri.getPort());
         HikariDataSource pool = pool(db, proxy.port())) {
      ModuleRegistry registry = ModuleRegistry.create(pool);
      UserScope member = registry.asUser(acme.member());
      assertThat(member.installations(acme.orgId())).isEmpty();

      proxy.stop();
      assertThatThrownBy(() -> member.installations(acme.orgId()))
          .isInstanceOf(RegistryUnavailableException.class)
          .hasMessageContaining("unavailable")
          .hasRootCauseInstanceOf(Exception.class)
          .satisfies(e -> assertThat(e.getCause()).isInstanceOf(SQLException.class));
      assertThatThrownBy(() -> member.isEnabled(acme.orgId(), "agency")).isInstanceOf(RegistryUnavailableException.class);

      proxy.start();
      assertThat(member.installations(acme.orgId())).isEmpty();
      assertThat(registry.asService().modules()).isNotNull();
    }
  }

  private static HikariDataSource pool(RegistryDatabase db, int port) {
    return AppPools.pool(db, AppPools.onPort(db, port), 2, config -> config.setConnectionTimeout(1000));
  }
}
