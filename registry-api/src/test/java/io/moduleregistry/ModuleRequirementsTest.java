package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Modules that need modules, through the facade: catalog syncs, plans, the conveniences and bundles,
 * and each of Okapi's bugs the issue names. Module ids carry the prefix "mr-" (the database is shared).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleRequirementsTest {

  private RegistryDatabase db;
  private ModuleRegistry registry;
  private ServiceScope service;

  private static ModuleManifest manifest(String id, String version, Map<String, String> requires) {
    return ModuleManifest.of(id, id, version, requires);
  }

  @BeforeAll
  void catalog() {
    db = RegistryDatabase.shared();
    registry = ModuleRegistry.create(db.appDataSource());
    service = registry.asService();
    // listed dependents first: the order of a set does not matter
    service.syncCatalog(List.of(
        manifest("mr-agency", "1.0.0", Map.of("mr-crm", "^1.2", "mr-billing", "*")),
        manifest("mr-billing", "2.1.0", Map.of("mr-crm", ">=1.0.0 <3")),
        manifest("mr-crm", "1.4.0", Map.of()),
        // a diamond: top needs left and right, both need bottom
        manifest("mr-top", "1.0.0", Map.of("mr-left", "^1", "mr-right", "^1")),
        manifest("mr-left", "1.0.0", Map.of("mr-bottom", "~1.0")),
        manifest("mr-right", "1.0.0", Map.of("mr-bottom", "1.x")),
        manifest("mr-bottom", "1.0.5", Map.of())));
  }

  private UserScope admin(Tenant tenant) {
    return registry.asUser(tenant.admin());
  }

  private List<String> enabled(UUID org) {
    return service.installations(org).stream().filter(Installation::enabled).map(Installation::moduleId).toList();
  }

  @Test
  void okapi1009PlainInstallNeverIgnoresRequirementsAndInstallWithRequirementsInstallsThemFirstInOrder() {
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = admin(acme);
    assertThatThrownBy(() -> admin.install(acme.orgId(), "mr-agency"))
        .isInstanceOfSatisfying(RequirementsException.class, e -> {
          assertThat(e.code()).isEqualTo(RegistryErrorCode.REQUIREMENTS_UNMET);
          assertThat(e.orgId()).isEqualTo(acme.orgId());
          assertThat(e.moduleId()).isEqualTo("mr-agency");
          assertThat(e.problems()).containsExactly(
              "organization " + acme.orgId() + ": \"mr-agency\" requires \"mr-billing\" *, which is not installed",
              "organization " + acme.orgId() + ": \"mr-agency\" requires \"mr-crm\" ^1.2, which is not installed");
        });
    assertThat(enabled(acme.orgId())).isEmpty();

    Plan plan = admin.installWithRequirements(acme.orgId(), "mr-agency");
    assertThat(plan.steps()).containsExactly(ModuleChange.install("mr-crm"), ModuleChange.install("mr-billing"),
        ModuleChange.install("mr-agency"));
    assertThat(enabled(acme.orgId())).containsExactlyInAnyOrder("mr-crm", "mr-billing", "mr-agency");
    // nothing left to do: an empty plan
    assertThat(admin.plan(acme.orgId(), ModuleChange.install("mr-agency")).steps()).isEmpty();
  }

  @Test
  void removingARequirementIsRefusedNamingTheDependentsAndUninstallWithDependentsRemovesThemFirst() {
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = admin(acme);
    admin.installWithRequirements(acme.orgId(), "mr-agency");
    assertThatThrownBy(() -> admin.uninstall(acme.orgId(), "mr-crm"))
        .isInstanceOfSatisfying(RequirementsException.class, e -> {
          assertThat(e.code()).isEqualTo(RegistryErrorCode.REQUIRED_BY_DEPENDENTS);
          assertThat(e.problems()).containsExactly(
              "organization " + acme.orgId() + ": \"mr-agency\" is enabled and requires \"mr-crm\" ^1.2",
              "organization " + acme.orgId() + ": \"mr-billing\" is enabled and requires \"mr-crm\" >=1.0.0 <3");
        });
    assertThatThrownBy(() -> admin.disable(acme.orgId(), "mr-billing")).isInstanceOf(RequirementsException.class)
        .hasMessageContaining("mr-agency");
    Plan plan = admin.uninstallWithDependents(acme.orgId(), "mr-crm");
    assertThat(plan.steps()).containsExactly(ModuleChange.uninstall("mr-agency"), ModuleChange.uninstall("mr-billing"),
        ModuleChange.uninstall("mr-crm"));
    assertThat(service.installations(acme.orgId())).isEmpty();
  }

  @Test
  void aDiamondInstallsTheSharedRequirementOnceFirstAndRemovesItLast() {
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = admin(acme);
    assertThat(admin.installWithRequirements(acme.orgId(), "mr-top").steps()).containsExactly(
        ModuleChange.install("mr-bottom"), ModuleChange.install("mr-left"), ModuleChange.install("mr-right"),
        ModuleChange.install("mr-top"));
    assertThat(admin.plan(acme.orgId(), ModuleChange.disable("mr-bottom")).steps()).containsExactly(
        ModuleChange.disable("mr-top"), ModuleChange.disable("mr-right"), ModuleChange.disable("mr-left"),
        ModuleChange.disable("mr-bottom"));
    assertThat(enabled(acme.orgId())).hasSize(4); // a plan is a dry run
  }

  @Test
  void okapi1181APlanNamesEveryProblemAndChangesNothing() {
    service.syncCatalog(List.of(manifest("mr-old", "1.0.0", Map.of()), manifest("mr-gone", "1.0.0", Map.of()),
        manifest("mr-needy", "1.0.0", Map.of("mr-old", "*", "mr-gone", "*"))));
    service.deactivateModule("mr-old");
    service.deactivateModule("mr-gone");
    try {
      Tenant acme = db.fixtures().tenant("Acme");
      UserScope admin = admin(acme);
      admin.install(acme.orgId(), "mr-crm");
      Plan plan = admin.plan(acme.orgId(), ModuleChange.install("mr-needy"), ModuleChange.install("mr-nowhere"),
          ModuleChange.uninstall("mr-crm"), ModuleChange.install("mr-billing"));
      assertThat(plan.feasible()).isFalse();
      assertThat(plan.steps()).isEmpty();
      assertThat(plan.problems()).containsExactlyInAnyOrder(
          "module 'mr-needy' requires 'mr-gone', which is deactivated in the catalog",
          "module 'mr-needy' requires 'mr-old', which is deactivated in the catalog",
          "module 'mr-nowhere' is not in the catalog",
          "module 'mr-billing' requires 'mr-crm', which these changes uninstall or disable");
      assertThatThrownBy(() -> admin.apply(plan)).isInstanceOfSatisfying(RequirementsException.class,
          e -> assertThat(e.problems()).hasSize(4));
      assertThat(enabled(acme.orgId())).containsExactly("mr-crm");
      // a member's dry run says it may not, as RLS decides
      assertThat(registry.asUser(acme.member()).plan(acme.orgId(), ModuleChange.install("mr-billing")).problems())
          .containsExactly("you are not an owner or admin of organization " + acme.orgId()
              + ", so you may not change its modules");
    } finally {
      service.activateModule("mr-old");
      service.activateModule("mr-gone");
    }
  }

  @Test
  void okapi1386AReplacementIsOrderedDependentsOutFirstRequirementsInFirstWhateverOrderItIsAskedIn() {
    service.syncCatalog(List.of(manifest("mr-ledger", "1.0.0", Map.of()),
        manifest("mr-reports", "1.0.0", Map.of("mr-ledger", "^1")),
        manifest("mr-ledger-next", "2.0.0", Map.of()),
        manifest("mr-reports-next", "2.0.0", Map.of("mr-ledger-next", "^2"))));
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = admin(acme);
    admin.installWithRequirements(acme.orgId(), "mr-reports");
    Plan plan = admin.change(acme.orgId(), List.of(ModuleChange.install("mr-reports-next"),
        ModuleChange.uninstall("mr-ledger"), ModuleChange.install("mr-ledger-next")));
    assertThat(plan.steps()).containsExactly(ModuleChange.uninstall("mr-reports"), ModuleChange.uninstall("mr-ledger"),
        ModuleChange.install("mr-ledger-next"), ModuleChange.install("mr-reports-next"));
    assertThat(enabled(acme.orgId())).containsExactlyInAnyOrder("mr-ledger-next", "mr-reports-next");
  }

  @Test
  void anUpgradeAndItsDependentsNewRangeLandTogetherInEitherOrderAnUpgradeAloneIsRefused() {
    service.syncCatalog(List.of(manifest("mr-core", "1.2.0", Map.of()), manifest("mr-app", "1.0.0",
        Map.of("mr-core", "^1.2"))));
    assertThatThrownBy(() -> service.syncCatalog(List.of(manifest("mr-core", "2.0.0", Map.of()))))
        .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.problems()).containsExactly(
            "module 'mr-app' (in the catalog, not in this set) requires 'mr-core' ^1.2, but its version would be 2.0.0"));
    service.syncCatalog(List.of(manifest("mr-app", "2.0.0", Map.of("mr-core", "^2")), manifest("mr-core", "2.0.0",
        Map.of())));
    assertThat(service.module("mr-core").orElseThrow().version()).isEqualTo("2.0.0");
  }

  @Test
  void registrationRefusesCyclesMissingModulesAndUnsatisfiedRangesEveryOneNamedAndIsIdempotent() {
    assertThatThrownBy(() -> service.syncCatalog(List.of(
        manifest("mr-a", "1.0.0", Map.of("mr-b", "*")),
        manifest("mr-b", "1.0.0", Map.of("mr-c", "*")),
        manifest("mr-c", "1.0.0", Map.of("mr-a", "*", "mr-crm", "^2", "mr-missing", "*")))))
        .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
            "module 'mr-c' requires 'mr-crm' ^2, but its version would be 1.4.0",
            "module 'mr-c' requires 'mr-missing', which is neither in this set nor in the catalog",
            "requirements form a cycle: mr-a -> mr-b -> mr-c -> mr-a"));
    assertThat(service.module("mr-a")).isEmpty();
    List<Module> first = service.syncCatalog(List.of(manifest("mr-same", "1.0.0", Map.of("mr-crm", "^1"))));
    List<Module> again = service.syncCatalog(List.of(manifest("mr-same", "1.0.0", Map.of("mr-crm", "^1"))));
    assertThat(again).isEqualTo(first);
  }

  @Test
  void bundlesAreInstalledAndRemovedAsOnePlan() {
    Bundle pro = Bundle.of("pro", "mr-agency", "mr-top");
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = admin(acme);
    Plan installed = admin.change(acme.orgId(), pro.install());
    assertThat(installed.steps()).hasSize(7);
    assertThat(enabled(acme.orgId())).containsExactlyInAnyOrder("mr-crm", "mr-billing", "mr-agency", "mr-bottom",
        "mr-left", "mr-right", "mr-top");
    admin.change(acme.orgId(), pro.uninstall());
    assertThat(enabled(acme.orgId())).containsExactlyInAnyOrder("mr-crm", "mr-billing", "mr-bottom", "mr-left",
        "mr-right");
  }

  @Test
  void aStalePlanIsRefusedByTheDatabaseAndChangesNothing() {
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = admin(acme);
    Plan plan = admin.plan(acme.orgId(), ModuleChange.install("mr-agency"));
    admin.install(acme.orgId(), "mr-crm"); // a concurrent change
    assertThatThrownBy(() -> admin.apply(plan)).isInstanceOf(ModuleAlreadyInstalledException.class);
    assertThat(enabled(acme.orgId())).containsExactly("mr-crm");
  }

  @Test
  void directSqlAsAuthenticatedIsHeldToTheSameRulesAsTheFacade() throws SQLException {
    Tenant acme = db.fixtures().tenant("Acme");
    try (Connection c = db.appDataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(
          "select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ?, true)")) {
        s.setString(1, "{\"sub\":\"" + acme.admin() + "\",\"role\":\"authenticated\"}");
        s.execute();
      }
      try (PreparedStatement s = c.prepareStatement(
          "insert into public.org_modules (org_id, module_id) values (?, 'mr-agency')")) {
        s.setObject(1, acme.orgId());
        assertThatThrownBy(s::executeUpdate).isInstanceOfSatisfying(SQLException.class,
            e -> assertThat(e.getSQLState()).isEqualTo("MR191"));
      } finally {
        c.rollback();
      }
    }
    assertThat(service.installations(acme.orgId())).isEmpty();
  }
}
