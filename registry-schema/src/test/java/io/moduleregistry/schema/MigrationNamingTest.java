package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationNamingTest {

  @Test
  void packagedMigrationsFollowTheSupabaseConventionWithUniqueIncreasingVersions() {
    List<Migration> migrations = RegistrySchema.migrations();

    assertThat(migrations).extracting(Migration::description).containsExactly(
        "supabase_compatibility",
        "tenancy_baseline",
        "create_module_registry",
        "module_installation_history",
        "jsonb_merge_patch",
        "schema_version",
        "migration_ledger",
        "change_notifications",
        "settings_size_compact",
        "inactive_module_after_access",
        "targeted_change_notifications",
        "api_role_privileges",
        "linear_merge_patch",
        "history_values_for_admins",
        "module_requirements",
        "requirements_privileges",
        "settings_validator",
        "settings_contract",
        "settings_validator_single_pass",
        "settings_compiled_check");
    assertThat(migrations).extracting(Migration::version).doesNotHaveDuplicates().isSorted();
    for (Migration m : migrations) {
      LocalDateTime when = LocalDateTime.parse(m.version(), DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
      assertThat(when).as(m.fileName()).isBefore(LocalDateTime.now()).isAfter(LocalDateTime.of(2024, 1, 1, 0, 0));
    }
  }

  @Test
  void everyMigrationFromTheLedgerOnRecordsItselfInIt() throws java.io.IOException {
    // verifySchema() reads the ledger, so a migration that does not record itself would be
    // reported missing on every database, however it was applied.
    List<Migration> migrations = RegistrySchema.migrations();
    int ledger = migrations.stream().map(Migration::description).toList().indexOf("migration_ledger");
    assertThat(ledger).isNotNegative();
    for (Migration m : migrations.subList(ledger, migrations.size())) {
      String sql;
      try (var in = getClass().getClassLoader().getResourceAsStream(RegistrySchema.LOCATION + "/" + m.fileName())) {
        sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      assertThat(sql).as(m.fileName() + " must insert its own version into module_registry.applied_migration")
          .contains("insert into module_registry.applied_migration")
          .contains("('" + m.version() + "', '" + m.description() + "')");
    }
  }

  @Test
  void latestVersionIsTheNewestPackagedMigration() {
    List<Migration> migrations = RegistrySchema.migrations();
    assertThat(RegistrySchema.latestVersion()).isEqualTo(migrations.get(migrations.size() - 1).version());
  }

  @Test
  void parseSplitsVersionAndDescription() {
    Migration m = Migration.parse("20241130120200_create_module_registry.sql");
    assertThat(m.version()).isEqualTo("20241130120200");
    assertThat(m.description()).isEqualTo("create_module_registry");
  }

  @Test
  void badlyNamedFilesAreRejectedWithTheirName() {
    assertThatThrownBy(() -> Migration.parse("V1__create_module_registry.sql"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'V1__create_module_registry.sql'")
        .hasMessageContaining("YYYYMMDDHHMMSS_snake_case_description.sql");
    assertThatThrownBy(() -> Migration.parse("20241130120200_Create-Module.sql"))
        .hasMessageContaining("'20241130120200_Create-Module.sql'");
    assertThatThrownBy(() -> Migration.parse("2024113012020_create.sql"))
        .hasMessageContaining("'2024113012020_create.sql'");
    assertThatThrownBy(() -> Migration.parse("20241130120200_create_module_registry.SQL"))
        .hasMessageContaining("not named");
  }

  @Test
  void versionsMustBeRealDates() {
    assertThatThrownBy(() -> Migration.parse("20241331120000_thirteenth_month.sql"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'20241331120000_thirteenth_month.sql'")
        .hasMessageContaining("not a real date");
    assertThatThrownBy(() -> Migration.parse("20230229120000_not_a_leap_year.sql"))
        .hasMessageContaining("not a real date");
    assertThatThrownBy(() -> Migration.parse("20241130250000_hour_25.sql"))
        .hasMessageContaining("not a real date");
  }
}
