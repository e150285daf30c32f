package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.schema.Migration;
import io.moduleregistry.schema.RegistrySchema;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class VerifySchemaTest {

  private final RegistryDatabase db = RegistryDatabase.shared();

  @Test
  void aFullyMigratedDatabasePasses() {
    assertThatCode(() -> ModuleRegistry.create(db.appDataSource()).verifySchema()).doesNotThrowAnyException();
  }

  @Test
  void anEmptyDatabaseIsReportedWithWhatToRun() {
    try (ScratchDatabase scratch = db.createScratchDatabase()) {
      assertThatThrownBy(() -> ModuleRegistry.create(app(scratch)).verifySchema())
          .isInstanceOf(SchemaMismatchException.class)
          .hasMessageContaining("are none")
          .hasMessageContaining(RegistrySchema.latestVersion())
          .hasMessageContaining("RegistrySchema.migrate");
    }
  }

  @Test
  void aDatabaseBehindIsReportedWithBothVersions() {
    List<Migration> all = RegistrySchema.migrations();
    try (ScratchDatabase scratch = db.createScratchDatabase()) {
      // A deployment whose history lacks the newest migration: what verifySchema sees when the
      // database is one migration behind the library.
      RegistrySchema.migrate(scratch.dataSource());
      String older = all.get(all.size() - 1).version();
      String missing = all.get(all.size() - 2).version();
      try (var c = scratch.dataSource().getConnection(); var s = c.createStatement()) {
        s.executeUpdate("delete from module_registry.flyway_schema_history where version = '" + older + "'");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
      assertThatThrownBy(() -> ModuleRegistry.create(app(scratch)).verifySchema())
          .isInstanceOf(SchemaMismatchException.class)
          .hasMessageContaining(missing)
          .hasMessageContaining(RegistrySchema.latestVersion());
    }
  }

  private PGSimpleDataSource app(ScratchDatabase scratch) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(scratch.jdbcUrl());
    ds.setUser(RegistryDatabase.APP_ROLE);
    ds.setPassword(db.appPassword());
    return ds;
  }
}
