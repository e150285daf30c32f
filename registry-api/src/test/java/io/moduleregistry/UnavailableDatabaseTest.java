package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.net.URI;
import java.sql.SQLException;
import java.util.function.Supplier;
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
      registry.asService().registerModule(ModuleDefinition.of("ud-agency", "Agency"));
      UserScope member = registry.asUser(acme.member());
      assertThat(member.installations(acme.orgId())).isEmpty();

      proxy.stop();
      assertThatThrownBy(() -> member.installations(acme.orgId()))
          .isInstanceOf(RegistryUnavailableException.class)
          .hasMessageContaining("unavailable")
          .hasRootCauseInstanceOf(Exception.class)
          .satisfies(e -> assertThat(e.getCause()).isInstanceOf(SQLException.class));
      assertThatThrownBy(() -> member.isEnabled(acme.orgId(), "agency")).isInstanceOf(RegistryUnavailableException.class);
      // no connection can be had: the write is never sent, and says that nothing was changed
      UserScope admin = registry.asUser(acme.admin());
      assertThatThrownBy(() -> admin.install(acme.orgId(), "ud-agency"))
          .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("Nothing was changed")
          .satisfies(e -> assertThat(((RegistryException) e).code().retryable()).isTrue());

      proxy.start();
      assertThat(whenBack(() -> member.installations(acme.orgId()))).isEmpty(); // the install did not happen
      assertThat(admin.install(acme.orgId(), "ud-agency").moduleId()).isEqualTo("ud-agency"); // and now it does
      assertThat(registry.asService().modules()).isNotNull();
    }
  }

  /**
   * The first answer once the pool has reconnected: HikariCP reconnects in the background, so the
   * first calls after the database returns may still be unavailable (and say so); bounded.
   */
  private static <T> T whenBack(Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (RegistryUnavailableException e) {
        if (attempt == 30) {
          throw e;
        }
      }
    }
  }

  private static HikariDataSource pool(RegistryDatabase db, int port) {
    return AppPools.pool(db, AppPools.onPort(db, port), 2, config -> config.setConnectionTimeout(1000));
  }
}
