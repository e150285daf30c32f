package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
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
      execute(scratch, "delete from module_registry.applied_migration where version = '" + older + "'");
      assertThatThrownBy(() -> ModuleRegistry.create(app(scratch)).verifySchema())
          .isInstanceOf(SchemaMismatchException.class)
          .hasMessageContaining(missing)
          .hasMessageContaining("missing: " + older)
          .hasMessageContaining(RegistrySchema.latestVersion());
    }
  }

  @Test
  void aDatabaseMigratedWithPlainSqlFilesPasses() throws Exception {
    try (ScratchDatabase scratch = db.createScratchDatabase()) {
      // What the README's psql loop does: every file in name order, no Flyway at all.
      for (Migration m : RegistrySchema.migrations()) {
        try (var in = getClass().getClassLoader().getResourceAsStream(RegistrySchema.LOCATION + "/" + m.fileName())) {
          execute(scratch, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      try (var c = scratch.dataSource().getConnection();
           var tables = c.getMetaData().getTables(null, "module_registry", "flyway_schema_history", null)) {
        assertThat(tables.next()).isFalse();
      }
      assertThatCode(() -> ModuleRegistry.create(app(scratch)).verifySchema()).doesNotThrowAnyException();
    }
  }

  @Test
  void anApplicationsOwnMigrationsInTheRegistrysHistoryAreIgnored() {
    try (ScratchDatabase scratch = db.createScratchDatabase()) {
      // The documented hook: the application's migrations after the registry's, in one history.
      RegistrySchema.configure(scratch.dataSource(), "classpath:db/app-after-registry").load().migrate();
      assertThatCode(() -> ModuleRegistry.create(app(scratch)).verifySchema()).doesNotThrowAnyException();
    }
  }

  @Test
  void aMigrationUnknownToThisLibraryIsNamed() {
    try (ScratchDatabase scratch = db.createScratchDatabase()) {
      RegistrySchema.migrate(scratch.dataSource());
      execute(scratch, "insert into module_registry.applied_migration (version, description)"
          + " values ('29991231235959', 'from_the_future')");
      assertThatThrownBy(() -> ModuleRegistry.create(app(scratch)).verifySchema())
          .isInstanceOf(SchemaMismatchException.class)
          .hasMessageContaining("unknown to this library: 29991231235959")
          .hasMessageContaining("upgrade Module Registry")
          .hasMessageNotContaining("missing");
    }
  }

  private static void execute(ScratchDatabase scratch, String sql) {
    try (var c = scratch.dataSource().getConnection(); var s = c.createStatement()) {
      s.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
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
