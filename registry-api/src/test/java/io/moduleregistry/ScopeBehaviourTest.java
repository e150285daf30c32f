package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every operation as owner, admin, member, stranger and service, with its results and refusals;
 * straight to PostgreSQL through HikariCP here, through PgBouncer in {@link ScopeBehaviourThroughPgBouncerTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeBehaviourTest {

  private RegistryDatabase db;
  private ModuleRegistry registry;
  private ServiceScope service;

  private Tenant acme;
  private UserScope owner;
  private UserScope admin;
  private UserScope member;
  private UserScope stranger;

  record Billing(String plan, int seats) {}

  /** The app role's pool the facade is given. */
  DataSource dataSource(RegistryDatabase database) {
    return database.appDataSource();
  }

  @BeforeAll
  void catalog() {
    db = RegistryDatabase.shared();
    registry = ModuleRegistry.create(dataSource(db));
    service = registry.asService();
    service.registerModule(new ModuleDefinition("sb-agency", "Agency", "Client work", "1.0.0"));
    service.registerModule(ModuleDefinition.of("sb-billing", "Billing"));
    service.registerModule(ModuleDefinition.of("sb-retired", "Retired"));
    service.deactivateModule("sb-retired");
  }

  @BeforeEach
  void tenant() {
    acme = db.fixtures().tenant("Acme");
    Tenant globex = db.fixtures().tenant("Globex");
    owner = registry.asUser(acme.owner());
    admin = registry.asUser(acme.admin());
    member = registry.asUser(acme.member());
    stranger = registry.asUser(globex.owner());
  }

  @Test
  void everyoneSignedInReadsTheCatalog() {
    for (RegistryScope scope : List.of(owner, member, stranger, service)) {
      assertThat(scope.modules()).extracting(Module::id).contains("sb-agency", "sb-billing", "sb-retired");
      Module agency = scope.module("sb-agency").orElseThrow();
      assertThat(agency.name()).isEqualTo("Agency");
      assertThat(agency.description()).isEqualTo("Client work");
      assertThat(agency.active()).isTrue();
      assertThat(scope.module("sb-retired").orElseThrow().active()).isFalse();
      assertThat(scope.module("sb-nothing")).isEmpty();
    }
  }

  @Test
  void ownersAndAdminsInstallMembersAreDeniedStrangersAreRefused() {
    Installation installed = owner.install(acme.orgId(), "sb-agency", Map.of("tier", "gold"));
    assertThat(installed.orgId()).isEqualTo(acme.orgId());
    assertThat(installed.moduleId()).isEqualTo("sb-agency");
    assertThat(installed.enabled()).isTrue();
    assertThat(installed.settings().get("tier").asText()).isEqualTo("gold");

    assertThat(admin.install(acme.orgId(), "sb-billing").settings().isEmpty()).isTrue();

    owner.uninstall(acme.orgId(), "sb-billing");
    assertThatThrownBy(() -> member.install(acme.orgId(), "sb-billing"))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining(acme.orgId().toString());
    assertThatThrownBy(() -> stranger.install(acme.orgId(), "sb-billing")).isInstanceOf(AccessDeniedException.class);
    admin.install(acme.orgId(), "sb-billing");
    assertThat(service.installations(acme.orgId())).extracting(Installation::moduleId)
        .containsExactly("sb-agency", "sb-billing");
  }

  @Test
  void installRefusalsSayWhatIsWrong() {
    owner.install(acme.orgId(), "sb-agency");
    assertThatThrownBy(() -> owner.install(acme.orgId(), "sb-agency"))
        .isInstanceOf(ModuleAlreadyInstalledException.class)
        .hasMessageContaining("sb-agency").hasMessageContaining(acme.orgId().toString());
    assertThatThrownBy(() -> owner.install(acme.orgId(), "sb-retired"))
        .isInstanceOf(ModuleInactiveException.class).hasMessageContaining("activate it");
    assertThatThrownBy(() -> owner.install(acme.orgId(), "sb-unknown"))
        .isInstanceOf(ModuleNotFoundException.class).hasMessageContaining("sb-unknown")
        .hasMessageContaining(acme.orgId().toString());
    UUID nowhere = UUID.randomUUID();
    assertThatThrownBy(() -> service.install(nowhere, "sb-agency"))
        .isInstanceOf(OrganizationNotFoundException.class).hasMessageContaining(nowhere.toString());
    assertThatThrownBy(() -> owner.install(nowhere, "sb-agency")).isInstanceOf(AccessDeniedException.class);
    // a deactivated module: only a caller who could install it is told to activate it; anyone else
    // is refused as for any module, and a missing organization is named as missing
    assertThatThrownBy(() -> member.install(acme.orgId(), "sb-retired")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> stranger.install(acme.orgId(), "sb-retired")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> owner.install(nowhere, "sb-retired")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.install(nowhere, "sb-retired")).isInstanceOf(OrganizationNotFoundException.class);
    assertThatThrownBy(() -> service.install(acme.orgId(), "sb-retired")).isInstanceOf(ModuleInactiveException.class);
    assertThat(service.installations(acme.orgId())).hasSize(1);
  }

  @Test
  void membersReadInstallationsStrangersSeeNothing() {
    service.install(acme.orgId(), "sb-agency", Map.of("seats", 3));
    for (UserScope scope : List.of(owner, admin, member)) {
      assertThat(scope.installations(acme.orgId())).extracting(Installation::moduleId).containsExactly("sb-agency");
      assertThat(scope.installation(acme.orgId(), "sb-agency")).isPresent();
      assertThat(scope.isEnabled(acme.orgId(), "sb-agency")).isTrue();
      assertThat(scope.settings(acme.orgId(), "sb-agency", JsonNode.class).get("seats").asInt()).isEqualTo(3);
    }
    assertThat(stranger.installations(acme.orgId())).isEmpty();
    assertThat(stranger.installation(acme.orgId(), "sb-agency")).isEmpty();
    assertThat(stranger.isEnabled(acme.orgId(), "sb-agency")).isFalse();
    assertThatThrownBy(() -> stranger.settings(acme.orgId(), "sb-agency", JsonNode.class))
        .isInstanceOf(ModuleNotInstalledException.class);
  }

  @Test
  void isEnabledNeedsInstalledEnabledAndActive() {
    assertThat(member.isEnabled(acme.orgId(), "sb-billing")).isFalse();
    service.install(acme.orgId(), "sb-billing");
    assertThat(member.isEnabled(acme.orgId(), "sb-billing")).isTrue();
    admin.disable(acme.orgId(), "sb-billing");
    assertThat(member.isEnabled(acme.orgId(), "sb-billing")).isFalse();
    admin.enable(acme.orgId(), "sb-billing");
    assertThat(member.isEnabled(acme.orgId(), "sb-billing")).isTrue();
    service.deactivateModule("sb-billing");
    try {
      assertThat(member.isEnabled(acme.orgId(), "sb-billing")).isFalse();
      assertThat(service.isEnabled(acme.orgId(), "sb-billing")).isFalse();
    } finally {
      service.activateModule("sb-billing");
    }
  }

  @Test
  void enableDisableUninstallAsEachRole() {
    service.install(acme.orgId(), "sb-agency");
    assertThat(owner.disable(acme.orgId(), "sb-agency").enabled()).isFalse();
    assertThat(admin.enable(acme.orgId(), "sb-agency").enabled()).isTrue();

    assertThatThrownBy(() -> member.disable(acme.orgId(), "sb-agency"))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("owners and admins");
    assertThatThrownBy(() -> member.uninstall(acme.orgId(), "sb-agency")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> stranger.disable(acme.orgId(), "sb-agency")).isInstanceOf(ModuleNotInstalledException.class);
    assertThatThrownBy(() -> stranger.uninstall(acme.orgId(), "sb-agency")).isInstanceOf(ModuleNotInstalledException.class);
    assertThat(service.installation(acme.orgId(), "sb-agency").orElseThrow().enabled()).isTrue();

    admin.uninstall(acme.orgId(), "sb-agency");
    assertThat(service.installations(acme.orgId())).isEmpty();
    assertThatThrownBy(() -> admin.uninstall(acme.orgId(), "sb-agency")).isInstanceOf(ModuleNotInstalledException.class);
    assertThatThrownBy(() -> service.enable(acme.orgId(), "sb-agency")).isInstanceOf(ModuleNotInstalledException.class);
  }

  @Test
  void settingsAreTypedReplacedAndMergePatched() {
    admin.install(acme.orgId(), "sb-billing", new Billing("pro", 5));
    assertThat(member.settings(acme.orgId(), "sb-billing", Billing.class)).isEqualTo(new Billing("pro", 5));

    Installation replaced = owner.replaceSettings(acme.orgId(), "sb-billing", Map.of("plan", "team", "seats", 9, "trial", true));
    assertThat(replaced.settings().size()).isEqualTo(3);

    Installation merged = admin.mergeSettings(acme.orgId(), "sb-billing",
        Map.of("seats", 12, "limits", Map.of("projects", 10)));
    assertThat(merged.settings().get("seats").asInt()).isEqualTo(12);
    assertThat(merged.settings().get("plan").asText()).isEqualTo("team");
    assertThat(merged.settings().at("/limits/projects").asInt()).isEqualTo(10);

    java.util.HashMap<String, Object> removal = new java.util.HashMap<>();
    removal.put("trial", null);
    assertThat(admin.mergeSettings(acme.orgId(), "sb-billing", removal).settings().has("trial")).isFalse();

    assertThatThrownBy(() -> member.mergeSettings(acme.orgId(), "sb-billing", Map.of("seats", 1)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> stranger.replaceSettings(acme.orgId(), "sb-billing", Map.of()))
        .isInstanceOf(ModuleNotInstalledException.class);
    assertThatThrownBy(() -> member.settings(acme.orgId(), "sb-billing", Integer.class))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("java.lang.Integer");
    assertThat(service.settings(acme.orgId(), "sb-billing", Map.class)).containsEntry("seats", 12);
  }

  @Test
  void settingsReadAsAMapOrATreeAndStringsAreJsonText() {
    Installation installed = admin.install(acme.orgId(), "sb-billing", "{\"plan\":\"pro\",\"limits\":{\"seats\":5}}");
    assertThat(installed.settings().at("/limits/seats").asInt()).isEqualTo(5);
    Map<String, Object> map = member.settingsMap(acme.orgId(), "sb-billing");
    assertThat(map).containsEntry("plan", "pro").containsEntry("limits", Map.of("seats", 5));
    JsonNode tree = member.settingsJson(acme.orgId(), "sb-billing");
    assertThat(tree.get("plan").asText()).isEqualTo("pro");

    assertThat(owner.replaceSettings(acme.orgId(), "sb-billing", "{\"plan\":\"team\"}").settings().size()).isEqualTo(1);
    assertThat(admin.mergeSettings(acme.orgId(), "sb-billing", "{\"plan\":null,\"seats\":2}").settings().toString())
        .isEqualTo("{\"seats\":2}");
    for (String bad : List.of("\"text\"", "[1]", "{} {}", "{\"a\":1} trailing", "plain words")) {
      assertThatThrownBy(() -> admin.replaceSettings(acme.orgId(), "sb-billing", bad)).as(bad)
          .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("JSON object")
          .hasMessageContaining(acme.orgId().toString());
    }
    assertThatThrownBy(() -> stranger.settingsMap(acme.orgId(), "sb-billing")).isInstanceOf(ModuleNotInstalledException.class);
    assertThatThrownBy(() -> stranger.settingsJson(acme.orgId(), "sb-billing")).isInstanceOf(ModuleNotInstalledException.class);
    assertThat(service.settingsMap(acme.orgId(), "sb-billing")).isEqualTo(Map.of("seats", 2));
  }

  @Test
  void theServiceManagesTheCatalog() {
    Module registered = service.registerModule(new ModuleDefinition("sb-catalog", "Catalog", null, "0.1.0"));
    assertThat(registered.version()).isEqualTo("0.1.0");
    Module updated = service.registerModule(new ModuleDefinition("sb-catalog", "Catalog 2", "now described", "0.2.0"));
    assertThat(updated.name()).isEqualTo("Catalog 2");
    assertThat(updated.createdAt()).isEqualTo(registered.createdAt());
    assertThat(service.deactivateModule("sb-catalog").active()).isFalse();
    assertThat(service.activateModule("sb-catalog").active()).isTrue();

    service.install(acme.orgId(), "sb-catalog");
    assertThatThrownBy(() -> service.deleteModule("sb-catalog"))
        .isInstanceOf(ModuleInUseException.class).hasMessageContaining("deactivate");
    service.uninstall(acme.orgId(), "sb-catalog");
    service.deleteModule("sb-catalog");
    assertThat(service.module("sb-catalog")).isEmpty();
    assertThatThrownBy(() -> service.deleteModule("sb-catalog")).isInstanceOf(ModuleNotFoundException.class);
    assertThatThrownBy(() -> service.activateModule("sb-catalog")).isInstanceOf(ModuleNotFoundException.class);
  }

  @Test
  void repeatedCallsWithNullsKeepTheirScope() {
    // Past pgjdbc's prepareThreshold (5), with a NULL bound: the scope must still apply.
    for (int i = 0; i < 12; i++) {
      assertThat(service.registerModule(new ModuleDefinition("sb-repeat", "Repeat " + i, null, "1.0." + i)).version())
          .isEqualTo("1.0." + i);
      assertThat(member.isEnabled(acme.orgId(), "sb-repeat")).isFalse();
    }
  }

  @Test
  void aUserScopeIsNotAServiceScope() {
    assertThat(owner).isNotInstanceOf(ServiceScope.class);
    assertThat(owner.userId()).isEqualTo(acme.owner());
  }

  @Test
  void asClaimsActsAsTheClaimsSubject() {
    service.install(acme.orgId(), "sb-agency");
    UserScope viaClaims = registry.asClaims(Claims.json(acme.member(), "role", "authenticated", "aal", "aal1"));
    assertThat(viaClaims.userId()).isEqualTo(acme.member());
    assertThat(viaClaims.isEnabled(acme.orgId(), "sb-agency")).isTrue();
    assertThatThrownBy(() -> viaClaims.disable(acme.orgId(), "sb-agency")).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void historyRecordsWhoDidWhat() {
    admin.install(acme.orgId(), "sb-agency");
    owner.mergeSettings(acme.orgId(), "sb-agency", Map.of("a", 1));
    admin.uninstall(acme.orgId(), "sb-agency");
    Object events = db.fixtures().queryValue("select string_agg(event || '@' || (actor_id = ? or actor_id = ?), ',' order by id)"
        + " from public.org_module_events where org_id = ?", acme.admin(), acme.owner(), acme.orgId());
    assertThat(events).isEqualTo("installed@true,settings_changed@true,uninstalled@true");
  }
}
