package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * The one documented way a service applies the registry's migrations and then its own to a real
 * database (README: code generation for your service): both sets applied, in either naming, and a
 * loud failure where it would apply nothing.
 */
class ServiceMigrationTest {

  private static final RegistryDatabase DB = RegistryDatabase.shared();

  @Test
  void theRegistrysThenTheServicesSupabaseNamedMigrationsAreAppliedAndASecondRunAppliesNone() throws SQLException {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      DataSource owner = scratch.dataSource();
      AppliedMigrations first = RegistrySchema.migrateWithService(owner, MigrationNaming.SUPABASE,
          "classpath:service-migrations/supabase");
      assertThat(first.registry()).isEqualTo(RegistrySchema.migrations().size());
      assertThat(first.service()).isEqualTo(2);
      assertThat(count(owner, "select count(*) from information_schema.columns where table_schema = 'public'"
          + " and table_name = 'invoices' and column_name = 'note'")).isEqualTo(1);
      assertThat(count(owner, "select count(*) from public.flyway_schema_history where success and version <> '0'"))
          .isEqualTo(2);

      AppliedMigrations second = RegistrySchema.migrateWithService(owner, MigrationNaming.SUPABASE,
          "classpath:service-migrations/supabase");
      assertThat(second.registry()).isZero();
      assertThat(second.service()).as("up to date: nothing to apply, and no failure").isZero();
    }
  }

  @Test
  void theReadmeSnippetRunsAsWrittenAndTheReadmeShowsIt() throws IOException, SQLException {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      DataSource ownerDataSource = scratch.dataSource();
      // readme:migrate-with-service:start
      // or MigrationNaming.SUPABASE, "filesystem:supabase/migrations"
      AppliedMigrations applied = RegistrySchema.migrateWithService(ownerDataSource,
          MigrationNaming.FLYWAY, "classpath:db/migration");
      // readme:migrate-with-service:end
      assertThat(applied.service()).isEqualTo(1);
      assertThat(count(ownerDataSource, "select count(*) from public.app_notes")).isZero();
    }
    String source = Files.readString(Path.of("src/test/java/io/moduleregistry/schema/ServiceMigrationTest.java"));
    String start = "// readme:migrate-with-service:start\n";
    String code = source.substring(source.indexOf(start) + start.length(),
        source.indexOf("// readme:migrate-with-service:end"));
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme.replace("\n  ", "\n")).contains(code.stripIndent());
    assertThat(readme).doesNotContain("baselineOnMigrate=true");
  }

  @Test
  void flywayNamedMigrationsToo() throws SQLException {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      AppliedMigrations applied = RegistrySchema.migrateWithService(scratch.dataSource(), MigrationNaming.FLYWAY,
          "classpath:service-migrations/flyway");
      assertThat(applied.service()).isEqualTo(1);
      assertThat(count(scratch.dataSource(), "select count(*) from public.invoices")).isZero();
    }
  }

  /** What the README used to advise (plain Flyway, baselineOnMigrate, baselineVersion 0): nothing applied, no error. */
  @Test
  void plainFlywayWithTheOldAdviceAppliedNothingSilently() {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      RegistrySchema.migrate(scratch.dataSource());
      int applied = Flyway.configure().dataSource(scratch.dataSource()).locations("classpath:service-migrations/supabase")
          .baselineOnMigrate(true).baselineVersion("0").load().migrate().migrationsExecuted;
      assertThat(applied).as("the silent failure the new entry point refuses").isZero();
    }
  }

  @Test
  void nothingToApplyFailsLoudlyNamingTheLocationsAndTheNamingAndChangesNothing() throws SQLException {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      assertThatThrownBy(() -> RegistrySchema.migrateWithService(scratch.dataSource(), MigrationNaming.SUPABASE,
          "classpath:service-migrations/empty"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("classpath:service-migrations/empty")
          .hasMessageContaining("20250101120000_create_projects.sql");
      assertThat(count(scratch.dataSource(), "select count(*) from pg_catalog.pg_tables where tablename = 'org_modules'"))
          .as("not even the registry's were applied").isZero();
    }
  }

  @Test
  void filesNamedTheOtherWayFailNamingTheFile() {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      assertThatThrownBy(() -> RegistrySchema.migrateWithService(scratch.dataSource(), MigrationNaming.FLYWAY,
          "classpath:service-migrations/supabase"))
          .isInstanceOf(FlywayException.class)
          .hasMessageContaining("20250701000000_invoices.sql");
    }
  }

  private static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
