package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import io.moduleregistry.testkit.Tenant;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** A closed hierarchy of exceptions, each with a machine-readable code; the fallback names org, module and SQLSTATE. */
class ErrorCodesTest {

  @Test
  void theHierarchyIsClosedAndEveryClassHasItsOwnCode() {
    Class<?>[] subclasses = RegistryException.class.getPermittedSubclasses();
    assertThat(RegistryException.class.isSealed()).isTrue();
    assertThat(subclasses).hasSize(16);
    Set<RegistryErrorCode> codes = EnumSet.noneOf(RegistryErrorCode.class);
    for (Class<?> type : subclasses) {
      assertThat(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName() + " is final").isTrue();
      assertThat(type.getConstructors()).as(type.getSimpleName() + " has no public constructor").isEmpty();
    }
    assertThat(RegistryException.class.getConstructors()).isEmpty();
    UUID org = UUID.randomUUID();
    for (RegistryException e : new RegistryException[] {
        new AccessDeniedException("m", org, "a", null), new InvalidSettingsException("m", org, "a", null),
        new ModuleAlreadyInstalledException("m", org, "a", null), new ModuleInUseException("m", null, "a", null),
        new ModuleInactiveException("m", org, "a", null), new ModuleNotFoundException("m", org, "a", null),
        new ModuleNotInstalledException("m", org, "a", null), new OrganizationNotFoundException("m", org, "a", null),
        new RegistryUnavailableException("m", org, "a", null), new SchemaMismatchException("m", null, null, null),
        new RegistryOutcomeUnknownException("m", org, "a", null), new RegistryConflictException("m", org, "a", null),
        new RegistryTimeoutException("m", org, "a", null), new RegistryReadOnlyException("m", org, "a", null),
        InvalidCatalogException.of(java.util.List.of("p")),
        new RequirementsException(RegistryErrorCode.REQUIREMENTS_UNMET, "m", java.util.List.of("p"), org, "a", null)}) {
      codes.add(e.code());
    }
    assertThat(codes).as("one code per subclass").hasSize(16).doesNotContain(RegistryErrorCode.UNEXPECTED);
    assertThat(Arrays.stream(RegistryErrorCode.values()).filter(RegistryErrorCode::retryable).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(RegistryErrorCode.UNAVAILABLE, RegistryErrorCode.CONFLICT, RegistryErrorCode.TIMEOUT);
  }

  @Test
  void refusalsCarryTheirCodes() {
    RegistryDatabase db = RegistryDatabase.shared();
    ModuleRegistry registry = ModuleRegistry.create(db.appDataSource());
    Tenant acme = db.fixtures().tenant("Acme");
    registry.asService().registerModule(ModuleDefinition.of("ec-agency", "Agency"));
    UserScope admin = registry.asUser(acme.admin());
    admin.install(acme.orgId(), "ec-agency");
    assertThatThrownBy(() -> admin.install(acme.orgId(), "ec-agency"))
        .extracting(e -> ((RegistryException) e).code()).isEqualTo(RegistryErrorCode.MODULE_ALREADY_INSTALLED);
    assertThatThrownBy(() -> admin.install(acme.orgId(), "ec-nowhere"))
        .extracting(e -> ((RegistryException) e).code()).isEqualTo(RegistryErrorCode.MODULE_NOT_FOUND);
    assertThatThrownBy(() -> registry.asUser(acme.member()).disable(acme.orgId(), "ec-agency"))
        .extracting(e -> ((RegistryException) e).code()).isEqualTo(RegistryErrorCode.ACCESS_DENIED);
    assertThatThrownBy(() -> admin.install(acme.orgId(), "ec-agency", Map.of("n", "\0")))
        .extracting(e -> ((RegistryException) e).code()).isEqualTo(RegistryErrorCode.INVALID_SETTINGS);
  }

  @Test
  void anUnexpectedDatabaseErrorIsCodedAndNamesOrgModuleAndSqlState() {
    RegistryDatabase db = RegistryDatabase.shared();
    try (ScratchDatabase scratch = db.createScratchDatabase()) { // no migrations: no tables
      PGSimpleDataSource app = new PGSimpleDataSource();
      app.setUrl(scratch.jdbcUrl());
      app.setUser(RegistryDatabase.APP_ROLE);
      app.setPassword(db.appPassword());
      UUID org = UUID.randomUUID();
      assertThatThrownBy(() -> ModuleRegistry.create(app).asUser(UUID.randomUUID()).isEnabled(org, "agency"))
          .isExactlyInstanceOf(RegistryException.class)
          .hasMessageContaining(org.toString()).hasMessageContaining("'agency'").hasMessageContaining("SQLSTATE 42P01")
          .satisfies(e -> {
            RegistryException r = (RegistryException) e;
            assertThat(r.code()).isEqualTo(RegistryErrorCode.UNEXPECTED);
            assertThat(r.orgId()).isEqualTo(org);
            assertThat(r.moduleId()).isEqualTo("agency");
          });
    }
  }
}
