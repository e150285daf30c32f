package io.moduleregistry.testkit;

/**
 * A running PostgreSQL server that the testkit may create databases on, as a superuser or a role
 * with CREATEDB and CREATEROLE.
 */
interface PostgresServer extends AutoCloseable {

  /** JDBC URL of the given database on this server. */
  String jdbcUrl(String database);

  /** The database to connect to for creating and dropping others. */
  String maintenanceDatabase();

  /** The administrative user. */
  String user();

  /** The administrative user's password; may be empty for trust authentication. */
  String password();

  /** One line for logs: what and where, never a password. */
  String describe();

  /** Stops the server if the testkit started it; leaves an external server running. */
  @Override
  void close();
}
