package io.moduleregistry.codegen;

import io.moduleregistry.postgres.FreshDatabase;
import io.moduleregistry.postgres.PostgresServer;
import io.moduleregistry.postgres.ServerSettings;
import io.moduleregistry.schema.RegistrySchemaMigrator;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place code generation gets a database: a fresh one on the server the settings name
 * (embedded unless the {@code registry.db} properties say otherwise), migrated with the registry's
 * migrations (plus any extra locations in the registry's history) and then, when there are any,
 * a service's own migrations in a history of their own, which is dropped afterwards so that it never
 * shows up in generated code. Closing it drops the database and stops a server started here.
 */
final class MigratedDatabase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MigratedDatabase.class);

  private final FreshDatabase database;
  private final int migrations;

  private MigratedDatabase(FreshDatabase database, int migrations) {
    this.database = database;
    this.migrations = migrations;
  }

  /**
   * Starts and migrates a fresh database.
   *
   * @param settings the server, or {@code null} for the system properties' choice
   * @param extraLocations further locations applied in the registry's history
   * @param service a service's own migrations, or {@code null}
   * @throws CodegenException when no database can be had (naming the server, never a password) or
   *     a migration fails (naming the file, the line and PostgreSQL's message); nothing is left behind
   */
  static MigratedDatabase start(ServerSettings settings, List<String> extraLocations, ServiceMigrations service) {
    PostgresServer server;
    FreshDatabase database;
    try {
      server = PostgresServer.start(settings != null ? settings : ServerSettings.fromSystemProperties());
    } catch (RuntimeException e) {
      throw new CodegenException("code generation could not get a database: " + e.getMessage(), e);
    }
    try {
      database = FreshDatabase.create(server, "codegen");
    } catch (RuntimeException e) {
      server.close();
      throw new CodegenException("code generation could not get a database: " + e.getMessage(), e);
    }
    LOG.info("Database {} ready on {}", database.name(), server.describe());
    try {
      DataSource owner = database.dataSource();
      int applied = new RegistrySchemaMigrator().migrate(owner, extraLocations);
      if (service != null) {
        applied += service.migrateAndForget(owner);
      }
      return new MigratedDatabase(database, applied);
    } catch (FlywayException e) {
      close(database);
      throw new CodegenException("a migration failed, so nothing was generated:\n" + MigrationFailure.describe(e), e);
    } catch (RuntimeException e) {
      close(database);
      throw e;
    }
  }

  /** Connections as the database's owner. */
  DataSource dataSource() {
    return database.dataSource();
  }

  /** How many migrations were applied. */
  int migrations() {
    return migrations;
  }

  @Override
  public void close() {
    close(database);
  }

  private static void close(FreshDatabase database) {
    try {
      database.close();
    } finally {
      database.server().close();
    }
  }
}
