package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every call is one connection borrowed and one round trip: counted on the JDBC calls that reach
 * the server (through a counting wrapper around the real pool), not timed.
 */
class RoundTripTest {

  private static CountingDataSource counting;
  private static ModuleRegistry registry;
  private static Tenant acme;

  @BeforeAll
  static void setUp() {
    RegistryDatabase db = RegistryDatabase.shared();
    counting = new CountingDataSource(db.appDataSource());
    registry = ModuleRegistry.create(counting.dataSource());
    registry.asService().registerModule(ModuleDefinition.of("rt-agency", "Agency"));
    acme = db.fixtures().tenant("Acme");
  }

  @Test
  void everyOperationIsOneRoundTripOnOneConnection() {
    UserScope admin = registry.asUser(acme.admin());
    UserScope member = registry.asUser(acme.member());
    ServiceScope service = registry.asService();
    UUID org = acme.orgId();

    Map<String, Runnable> calls = new LinkedHashMap<>();
    calls.put("modules", member::modules);
    calls.put("module", () -> member.module("rt-agency"));
    calls.put("install", () -> admin.install(org, "rt-agency", Map.of("a", 1)));
    calls.put("installations", () -> member.installations(org));
    calls.put("installation", () -> member.installation(org, "rt-agency"));
    calls.put("isEnabled", () -> member.isEnabled(org, "rt-agency"));
    calls.put("settings", () -> member.settings(org, "rt-agency", Map.class));
    calls.put("disable", () -> admin.disable(org, "rt-agency"));
    calls.put("enable", () -> admin.enable(org, "rt-agency"));
    calls.put("replaceSettings", () -> admin.replaceSettings(org, "rt-agency", Map.of("b", 2)));
    calls.put("mergeSettings", () -> admin.mergeSettings(org, "rt-agency", Map.of("c", 3)));
    calls.put("uninstall", () -> admin.uninstall(org, "rt-agency"));
    calls.put("registerModule", () -> service.registerModule(ModuleDefinition.of("rt-other", "Other")));
    calls.put("deactivateModule", () -> service.deactivateModule("rt-other"));
    calls.put("activateModule", () -> service.activateModule("rt-other"));
    calls.put("deleteModule", () -> service.deleteModule("rt-other"));
    calls.put("verifySchema", registry::verifySchema);
    calls.put("history", () -> assertThat(admin.history(org, null, null, 2).events()).hasSize(2));
    calls.put("history of a module, next page", () -> admin.history(org, "rt-agency", new HistoryCursor(Long.MAX_VALUE), 50));
    calls.put("deleteHistoryBefore", () -> service.deleteHistoryBefore(java.time.OffsetDateTime.now().minusYears(50)));
    calls.put("deleteHistory", () -> service.deleteHistory(UUID.randomUUID()));

    for (Map.Entry<String, Runnable> call : calls.entrySet()) {
      counting.reset();
      call.getValue().run();
      assertThat(counting.roundTrips.get()).as(call.getKey() + " round trips").isEqualTo(1);
      assertThat(counting.connections.get()).as(call.getKey() + " connections").isEqualTo(1);
    }
  }

  @Test
  void transactionModePoolerSettingsKeepOneRoundTripAndTheScope() {
    // PgBouncer/Supavisor in transaction mode need prepareThreshold=0: no named server statements.
    RegistryDatabase db = RegistryDatabase.shared();
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setJdbcUrl(db.jdbcUrl() + "?prepareThreshold=0");
    config.setUsername(RegistryDatabase.APP_ROLE);
    config.setPassword(db.appPassword());
    config.setMaximumPoolSize(1);
    try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config)) {
      CountingDataSource pooled = new CountingDataSource(pool);
      ModuleRegistry viaPooler = ModuleRegistry.create(pooled.dataSource());
      UserScope admin = viaPooler.asUser(acme.admin());
      for (int i = 0; i < 8; i++) {
        pooled.reset();
        admin.install(acme.orgId(), "rt-agency");
        assertThat(admin.isEnabled(acme.orgId(), "rt-agency")).isTrue();
        admin.uninstall(acme.orgId(), "rt-agency");
        assertThat(pooled.roundTrips.get()).isEqualTo(3);
      }
      assertThat(viaPooler.asUser(UUID.randomUUID()).isEnabled(acme.orgId(), "rt-agency")).isFalse();
    }
  }

  @Test
  void refusalsCostAtMostOneMoreRoundTrip() {
    UserScope member = registry.asUser(acme.member());
    // An insert that RLS refuses fails in its own statement: one round trip.
    counting.reset();
    assertThatThrownBy(() -> member.install(acme.orgId(), "rt-agency")).isInstanceOf(AccessDeniedException.class);
    assertThat(counting.roundTrips.get()).isEqualTo(1);
    // An update or delete that RLS filters changes nothing without an error; only then does the
    // facade ask why, in a second round trip that successful writes never pay.
    counting.reset();
    assertThatThrownBy(() -> member.disable(acme.orgId(), "rt-agency")).isInstanceOf(ModuleNotInstalledException.class);
    assertThat(counting.roundTrips.get()).isEqualTo(2);
    assertThat(counting.connections.get()).isEqualTo(2);
  }

  @Test
  void badInputSendsNothing() {
    UserScope admin = registry.asUser(acme.admin());
    counting.reset();
    assertThatThrownBy(() -> admin.install(acme.orgId(), "Not A Slug")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> admin.install(acme.orgId(), "rt-agency", java.util.List.of(1)))
        .isInstanceOf(InvalidSettingsException.class);
    assertThatThrownBy(() -> registry.asClaims("{}")).isInstanceOf(IllegalArgumentException.class);
    assertThat(counting.connections.get()).isZero();
    assertThat(counting.roundTrips.get()).isZero();
  }
}
