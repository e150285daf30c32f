package io.moduleregistry.codegen;

import io.moduleregistry.schema.RegistrySchema;
import io.moduleregistry.testkit.RegistryDatabase;
import java.util.List;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one place code generation gets a database: a fresh one from the testkit (embedded unless
 * the {@code registry.db} properties say otherwise), migrated with the registry's migrations and
 * then, in a second pass, any further locations in version (file-name) order. The second pass runs
 * with the database's usual search path, so unqualified names land in {@code public} as they do
 * under {@code supabase db reset}; its Flyway history table is dropped afterwards, so it never
 * shows up in generated code.
 */
final class MigratedDatabase {

  /** Flyway history table of the further migrations while they run. */
  static final String EXTRA_HISTORY_TABLE = "registry_codegen_extra_history";

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
        MigrateResult extra = RegistrySchema.configure(db.ownerDataSource())
            .locations(extraLocations.toArray(String[]::new))
            .schemas()
            .table(EXTRA_HISTORY_TABLE)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load().migrate();
        migrations += extra.migrationsExecuted;
        dropHistory(db);
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

  private static void dropHistory(RegistryDatabase db) {
    try (Connection c = db.ownerDataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("do $$ declare r record; begin"
          + " for r in select n.nspname from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
          + " where c.relname = '" + EXTRA_HISTORY_TABLE + "' and c.relkind = 'r' loop"
          + " execute format('drop table %I.%I', r.nspname, '" + EXTRA_HISTORY_TABLE + "');"
          + " end loop; end $$");
    } catch (SQLException e) {
      throw new CodegenException("could not drop the temporary migration history table " + EXTRA_HISTORY_TABLE
          + ": " + e.getMessage(), e);
    }
  }
}
