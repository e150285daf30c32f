package io.moduleregistry.codegen;

import io.moduleregistry.schema.RegistrySchema;
import io.moduleregistry.testkit.RegistryDatabase;
import java.util.List;
import org.flywaydb.core.api.FlywayException;

/**
 * The one place code generation gets a database: a fresh one from the testkit (embedded unless
 * the {@code registry.db} properties say otherwise), migrated with the registry's migrations and
 * then, in a second pass with a history table of its own, any further locations in version
 * (file-name) order.
 */
final class MigratedDatabase {

  /** Flyway history table of the further migrations, beside the registry's in its private schema. */
  static final String EXTRA_HISTORY_TABLE = "codegen_extra_history";

  private MigratedDatabase() {}

  /** A started, migrated database and how many migrations it took. */
  record Started(RegistryDatabase database, int migrations) implements AutoCloseable {
    @Override
    public void close() {
      database.close();
    }
  }

  /**
   * Starts and migrates a fresh database.
   *
   * @throws CodegenException when no database can be had (naming the server, never a password) or
   *     a migration fails (naming the file, the line and PostgreSQL's message); the database is
   *     closed again
   */
  static Started start(RegistryDatabase.Builder builder, List<String> extraLocations) {
    RegistryDatabase db;
    try {
      db = builder.migrate(false).start();
    } catch (IllegalStateException e) {
      throw new CodegenException("code generation could not get a database: " + e.getMessage(), e);
    }
    try {
      int migrations = RegistrySchema.configure(db.ownerDataSource()).load().migrate().migrationsExecuted;
      if (!extraLocations.isEmpty()) {
        migrations += RegistrySchema.configure(db.ownerDataSource())
            .locations(extraLocations.toArray(String[]::new))
            .table(EXTRA_HISTORY_TABLE)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load().migrate().migrationsExecuted;
      }
      return new Started(db, migrations);
    } catch (FlywayException e) {
      db.close();
      throw new CodegenException("a migration failed, so nothing was generated:\n" + e.getMessage(), e);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }
}
