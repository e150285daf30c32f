package io.moduleregistry.postgres;

/**
 * A running PostgreSQL server that databases may be created on, as a superuser or a role with
 * CREATEDB and CREATEROLE.
 *
 * <pre>{@code
 * try (PostgresServer server = PostgresServer.start(ServerSettings.fromSystemProperties());
 *      FreshDatabase db = FreshDatabase.create(server, "codegen")) {
 *   ... db.dataSource() ...
 * }
 * }</pre>
 */
public interface PostgresServer extends AutoCloseable {

  /**
   * Starts (embedded, Testcontainers) or reaches (external) the server the settings name.
   *
   * @param settings which server
   * @return the server; close it when done (an external server is left running)
   * @throws IllegalStateException if Testcontainers is asked for but no Docker engine answers or
   *     Testcontainers is not on the classpath
   * @throws java.io.UncheckedIOException if the embedded server cannot start
   */
  static PostgresServer start(ServerSettings settings) {
    return switch (settings.provider()) {
      case EMBEDDED -> EmbeddedServer.start();
      case EXTERNAL -> new ExternalServer(settings.url(), settings.user(), settings.password());
      case TESTCONTAINERS -> ContainerServer.start(settings.image());
    };
  }

  /**
   * JDBC URL of the given database on this server.
   *
   * @param database a database name
   * @return the URL, without credentials
   */
  String jdbcUrl(String database);

  /** The database to connect to for creating and dropping others. */
  String maintenanceDatabase();

  /** The administrative user. */
  String user();

  /** The administrative user's password; may be empty for trust authentication. */
  String password();

  /** One line for logs: what and where, never a password. */
  String describe();

  /** Whether closing this server stops it (embedded, container) rather than leaving it running (external). */
  boolean owned();

  /** Stops the server if it was started here; leaves an external server running. */
  @Override
  void close();
}
