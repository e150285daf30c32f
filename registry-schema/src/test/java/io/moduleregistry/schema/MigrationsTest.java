package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** Migrating an empty database, migrating again, validating. */
class MigrationsTest {

  @Test
  void migratesAnEmptyDatabaseThenHasNothingToDoThenValidates() throws SQLException {
    try (ScratchDatabase scratch = RegistryDatabase.shared().createScratchDatabase()) {
      MigrateResult first = RegistrySchema.migrate(scratch.dataSource());
      assertThat(first.migrationsExecuted).isEqualTo(RegistrySchema.migrations().size());
      assertThat(first.targetSchemaVersion).isEqualTo(RegistrySchema.latestVersion());

      MigrateResult second = RegistrySchema.migrate(scratch.dataSource());
      assertThat(second.migrationsExecuted).isZero();

      Flyway flyway = RegistrySchema.flyway(scratch.dataSource());
      assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
      MigrationInfo current = flyway.info().current();
      assertThat(current.getVersion().getVersion()).isEqualTo(RegistrySchema.latestVersion());
      assertThat(flyway.info().applied()).extracting(MigrationInfo::getScript)
          .contains("20241130120200_create_module_registry.sql");

      try (Connection c = scratch.dataSource().getConnection(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("select count(*) from information_schema.tables"
               + " where table_schema = 'public' and table_name = 'flyway_schema_history'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("history table outside public").isZero();
      }
    }
  }

  @Test
  void anEditedMigrationFailsValidationBeforeAnythingRuns() throws SQLException {
    try (ScratchDatabase scratch = RegistryDatabase.shared().createScratchDatabase()) {
      RegistrySchema.migrate(scratch.dataSource());
      try (Connection c = scratch.dataSource().getConnection(); Statement s = c.createStatement()) {
        s.executeUpdate("update module_registry.flyway_schema_history set checksum = checksum + 1"
            + " where version = '" + RegistrySchema.latestVersion() + "'");
      }
      assertThat(RegistrySchema.flyway(scratch.dataSource()).validateWithResult().validationSuccessful).isFalse();
    }
  }
}
