package io.moduleregistry.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A service's own migration folders, applied after the registry's with a Flyway history table of
 * their own in the database's default schema ({@code public}), so the two histories never mix.
 * That schema already holds the registry's tables, and Flyway refuses a non-empty schema without a
 * history table, so the first run records a baseline at version 0 below every real migration.
 */
final class ServiceMigrations {

  private final MigrationNaming naming;
  private final String historyTable;
  private final List<Path> folders;

  ServiceMigrations(MigrationNaming naming, String historyTable, List<Path> folders) {
    this.naming = naming;
    this.historyTable = historyTable;
    this.folders = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
  }

  String historyTable() {
    return historyTable;
  }

  /**
   * Adds the folders' migrations and how they are read to the hash.
   *
   * @throws CodegenException if a folder does not exist
   */
  void addTo(InputHash hash) {
    hash.addText("service-migrations", naming + " " + historyTable);
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new CodegenException("service migration folder " + folder
            + " does not exist: create it, or name the folders that hold your migrations", null);
      }
      hash.addLocation(location(folder));
    }
  }

  /** Applies the pending migrations; a failure is Flyway's exception, naming file, line and message. */
  int migrate(DataSource owner) {
    return Flyway.configure(ServiceMigrations.class.getClassLoader())
        .dataSource(owner)
        .locations(folders.stream().map(ServiceMigrations::location).toArray(String[]::new))
        .sqlMigrationPrefix(naming.prefix())
        .sqlMigrationSeparator(naming.separator())
        .sqlMigrationSuffixes(".sql")
        .validateMigrationNaming(true)
        .table(historyTable)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .cleanDisabled(true)
        .failOnMissingLocations(true)
        .load().migrate().migrationsExecuted;
  }

  private static String location(Path folder) {
    return "filesystem:" + folder;
  }
}
