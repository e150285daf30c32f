package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The README's quickstart, compiled and run as written: the regions between the quickstart
 * markers below must appear verbatim in README.md.
 */
class QuickstartTest {

  static DataSource dataSource(String jdbcUrl, String password) {
    // quickstart:datasource:start
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);              // behind PgBouncer/Supavisor (transaction mode): add ?prepareThreshold=0
    config.setUsername("registry_app");      // the login role below: no table privileges of its own
    config.setPassword(password);
    DataSource dataSource = new HikariDataSource(config);
    // quickstart:datasource:end
    return dataSource;
  }

  static Map<String, Object> quickstart(DataSource dataSource, UUID userId, UUID orgId) {
    // quickstart:usage:start
    ModuleRegistry registry = ModuleRegistry.create(dataSource);
    registry.verifySchema();                        // fails fast if the database lacks migrations

    UserScope user = registry.asUser(userId);       // RLS as this signed-in user
    if (!user.isEnabled(orgId, "time-tracking")) {
      try {
        user.install(orgId, "time-tracking", Map.of("rounding", 15));
      } catch (ModuleAlreadyInstalledException e) {
        user.enable(orgId, "time-tracking");        // installed but switched off
      } catch (AccessDeniedException e) {
        throw new IllegalStateException("only owners and admins install modules", e);
      }
    }
    Installation updated = user.mergeSettings(orgId, "time-tracking", Map.of("approvals", true));
    Map<String, Object> settings = user.settingsMap(orgId, "time-tracking");
    // quickstart:usage:end
    assertThat(updated.settings().get("rounding").asInt()).isEqualTo(15);
    return settings;
  }

  @Test
  void theQuickstartRunsAsWritten() {
    RegistryDatabase db = RegistryDatabase.shared();
    db.fixtures().module("time-tracking", "Time tracking");
    Tenant acme = db.fixtures().tenant("Acme");
    try (HikariDataSource ds = (HikariDataSource) dataSource(db.jdbcUrl(), db.appPassword())) {
      assertThat(quickstart(ds, acme.admin(), acme.orgId())).containsEntry("rounding", 15).containsEntry("approvals", true);
      // A second run finds it enabled and only patches.
      assertThat(quickstart(ds, acme.owner(), acme.orgId())).containsEntry("approvals", true);
    }
  }

  @Test
  void theReadmeShowsTheseExactLines() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/moduleregistry/QuickstartTest.java"));
    String readme = Files.readString(Path.of("../README.md"));
    for (String region : new String[] {"datasource", "usage"}) {
      String start = "// quickstart:" + region + ":start\n";
      String code = source.substring(source.indexOf(start) + start.length(), source.indexOf("// quickstart:" + region + ":end"));
      assertThat(readme).as("README.md shows the quickstart's " + region + " lines").contains(code.stripIndent());
    }
  }
}
