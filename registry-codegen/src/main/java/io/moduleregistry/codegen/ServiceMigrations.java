package io.moduleregistry.codegen;

import io.moduleregistry.schema.MigrationNaming;
import io.moduleregistry.schema.RegistrySchema;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * A service's own migration folders, applied after the registry's as {@link
 * RegistrySchema#configureService} configures them (their own history table, baseline 0), and
 * counted in the up-to-date hash.
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

  /**
   * Applies the migrations, then drops their history table: the database is thrown away after
   * generation, and the table should not appear in generated code. A failure is Flyway's
   * exception, naming file, line and message.
   */
  int migrateAndForget(DataSource owner) {
    int applied = RegistrySchema.configureService(owner, naming, historyTable,
        folders.stream().map(ServiceMigrations::location).toArray(String[]::new)).load().migrate().migrationsExecuted;
    try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
      s.execute("drop table if exists " + quoted(historyTable));
    } catch (SQLException e) {
      throw new CodegenException("could not drop the migration history table " + historyTable + ": " + e.getMessage(), e);
    }
    return applied;
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String location(Path folder) {
    return "filesystem:" + folder;
  }
}
