package io.moduleregistry.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one place that knows how to run Module Registry's migrations with Flyway.
 *
 * <p>The migrations are plain PostgreSQL files in {@value #LOCATION} on the classpath (packaged in
 * this jar), named the way the Supabase CLI names them: {@code YYYYMMDDHHMMSS_snake_case.sql}.
 * Flyway reads those names with an empty prefix and {@code _} as the separator, keeps its history
 * table in {@value #HISTORY_SCHEMA} (outside {@code public}, so Supabase's API never exposes it),
 * validates applied migrations before migrating, and never cleans.
 *
 * <pre>{@code
 * RegistrySchema.migrate(dataSource);             // bring a database up to date
 * String newest = RegistrySchema.latestVersion();  // e.g. "20241130120400"
 * }</pre>
 *
 * <p>The data source must connect as a role that may create schemas, tables, roles and policies
 * (the database owner, or {@code postgres} on Supabase).
 */
public final class RegistrySchema {

  /** Classpath folder of the packaged migrations. */
  public static final String LOCATION = "db/module-registry";

  /** Schema that holds Flyway's history table and the registry's private helpers; never exposed. */
  public static final String HISTORY_SCHEMA = "module_registry";

  /** Name of Flyway's history table inside {@link #HISTORY_SCHEMA}. */
  public static final String HISTORY_TABLE = "flyway_schema_history";

  private static volatile List<Migration> packaged;

  private RegistrySchema() {}

  /**
   * Applies every pending packaged migration.
   *
   * @param dataSource connects as a role that owns the schema objects
   * @return Flyway's report of what it applied
   * @throws org.flywaydb.core.api.FlywayException if validation or a migration fails; a failed
   *     migration is rolled back
   */
  public static MigrateResult migrate(DataSource dataSource) {
    return flyway(dataSource).migrate();
  }

  /**
   * A Flyway instance configured for the packaged migrations, for {@code info()}, {@code
   * validate()} and the like.
   *
   * @param dataSource connects as a role that owns the schema objects
   * @return a configured Flyway
   */
  public static Flyway flyway(DataSource dataSource) {
    return configure(dataSource).load();
  }

  /**
   * Flyway's configuration for the packaged migrations plus any extra classpath or filesystem
   * locations (Flyway location syntax, e.g. {@code classpath:db/extra}), for callers that add
   * migrations of their own after the registry's.
   *
   * @param dataSource connects as a role that owns the schema objects
   * @param extraLocations further migration locations, named like the packaged ones
   * @return a configuration to adjust further or {@code load()}
   */
  public static FluentConfiguration configure(DataSource dataSource, String... extraLocations) {
    Objects.requireNonNull(dataSource, "dataSource");
    List<String> locations = new ArrayList<>();
    locations.add("classpath:" + LOCATION);
    for (String extra : extraLocations) {
      locations.add(Objects.requireNonNull(extra, "extraLocations must not contain null"));
    }
    return Flyway.configure(RegistrySchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations.toArray(String[]::new))
        .sqlMigrationPrefix("")
        .sqlMigrationSeparator("_")
        .sqlMigrationSuffixes(".sql")
        .validateMigrationNaming(true)
        .schemas(HISTORY_SCHEMA)
        .table(HISTORY_TABLE)
        .validateOnMigrate(true)
        .cleanDisabled(true)
        .failOnMissingLocations(true);
  }

  /** Flyway history table of a service's own migrations unless it names another. */
  public static final String SERVICE_HISTORY_TABLE = "flyway_schema_history";

  /**
   * Flyway's configuration for a service's OWN migrations, applied after the registry's: a history
   * table of their own in the database's default schema ({@code public}), so the two histories
   * never mix. That schema already holds the registry's tables and Flyway refuses a non-empty schema
   * without a history table, so the first run records a baseline at version 0, below every real
   * migration (Spring Boot's Flyway gets the same from the starter).
   *
   * @param dataSource connects as a role that owns the schema objects
   * @param naming how the service's files are named
   * @param historyTable the service's history table, e.g. {@value #SERVICE_HISTORY_TABLE}
   * @param locations the service's migration locations (Flyway syntax: {@code classpath:...},
   *     {@code filesystem:...})
   * @return a configuration to adjust further or {@code load()}
   * @throws IllegalArgumentException if no location is given
   */
  public static FluentConfiguration configureService(DataSource dataSource, MigrationNaming naming,
      String historyTable, String... locations) {
    Objects.requireNonNull(dataSource, "dataSource");
    if (locations.length == 0) {
      throw new IllegalArgumentException("name at least one location of the service's migrations");
    }
    return Flyway.configure(RegistrySchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations)
        .sqlMigrationPrefix(Objects.requireNonNull(naming, "naming").prefix())
        .sqlMigrationSeparator(naming.separator())
        .sqlMigrationSuffixes(".sql")
        .validateMigrationNaming(true)
        .table(Objects.requireNonNull(historyTable, "historyTable"))
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .validateOnMigrate(true)
        .cleanDisabled(true)
        .failOnMissingLocations(true);
  }

  /**
   * The one way a service migrates a real database: the registry's migrations first (history in
   * {@value #HISTORY_SCHEMA}), then the service's own from {@code locations} as {@link
   * #configureService} configures them (history table {@value #SERVICE_HISTORY_TABLE} in {@code
   * public}, a baseline at version 0 below them on the first run). Call it as the database owner at
   * start-up or from a deployment step; run again, it applies what is new and nothing else.
   *
   * @param dataSource connects as a role that owns the schema objects ({@code postgres} on Supabase)
   * @param naming how the service's files are named
   * @param locations the service's migration locations (Flyway syntax: {@code classpath:db/migration},
   *     {@code filesystem:supabase/migrations})
   * @return how many of each were applied
   * @throws IllegalArgumentException if no location is given
   * @throws IllegalStateException before anything is applied, if the locations hold no migration of
   *     the service at all (an empty folder, files in another folder, or not ending in {@code .sql}):
   *     name the folder that holds them
   * @throws org.flywaydb.core.api.FlywayException if a location does not exist, a file is named
   *     another way than {@code naming} says (naming the file), validation fails, or a migration fails
   *     (rolled back; the ones before it stay applied)
   */
  public static AppliedMigrations migrateWithService(DataSource dataSource, MigrationNaming naming,
      String... locations) {
    Flyway service = configureService(dataSource, naming, SERVICE_HISTORY_TABLE, locations).load();
    long found = java.util.Arrays.stream(service.info().all())
        .filter(m -> m.getScript() != null && m.getScript().endsWith(".sql")).count();
    if (found == 0) {
      throw new IllegalStateException("no migration of the service found in " + String.join(", ", locations)
          + " (named as " + naming + " names them, e.g. " + example(naming) + "), so nothing would be applied;"
          + " nothing was. Name the folder that holds the service's .sql migrations.");
    }
    int registry = migrate(dataSource).migrationsExecuted;
    return new AppliedMigrations(registry, service.migrate().migrationsExecuted);
  }

  private static String example(MigrationNaming naming) {
    return naming.prefix() + (naming == MigrationNaming.FLYWAY ? "1" : "20250101120000") + naming.separator()
        + "create_projects.sql";
  }

  /**
   * The version of the newest migration packaged with this library, e.g. {@code
   * "20241130120400"}: what {@code verifySchema()} expects a database to have applied.
   *
   * @return the newest packaged version
   */
  public static String latestVersion() {
    List<Migration> all = migrations();
    return all.get(all.size() - 1).version();
  }

  /**
   * Every packaged migration, oldest first.
   *
   * @return the migrations, never empty
   * @throws IllegalStateException if a packaged file breaks the naming convention, naming the file
   */
  public static List<Migration> migrations() {
    List<Migration> scanned = packaged;
    if (scanned == null) {
      // The jar's own migrations never change while it is loaded: scan once. A failed scan is
      // not cached, so it reports the badly named file again on the next call.
      scanned = migrations(LOCATION);
      packaged = scanned;
    }
    return scanned;
  }

  /**
   * The migrations in a classpath folder, oldest first, checked against the same naming
   * convention; for tools that add migrations of their own next to the registry's.
   *
   * @param classpathFolder a folder on this library's class loader, e.g. {@code db/extra}
   * @return the migrations, never empty
   * @throws IllegalStateException if the folder is missing or empty, or a file is badly named
   */
  public static List<Migration> migrations(String classpathFolder) {
    return MigrationScanner.scan(RegistrySchema.class, Objects.requireNonNull(classpathFolder, "classpathFolder"));
  }
}
