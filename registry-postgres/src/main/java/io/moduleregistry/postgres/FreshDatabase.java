package io.moduleregistry.postgres;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new, empty database with a unique name on a {@link PostgresServer}, dropped (ending any session
 * still connected to it) on {@link #close()}. Other databases on the server are never touched.
 */
public final class FreshDatabase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FreshDatabase.class);

  private final PostgresServer server;
  private final String name;
  private final PGSimpleDataSource dataSource;

  private FreshDatabase(PostgresServer server, String name) {
    this.server = server;
    this.name = name;
    this.dataSource = new PGSimpleDataSource();
    dataSource.setUrl(server.jdbcUrl(name));
    dataSource.setUser(server.user());
    dataSource.setPassword(server.password());
  }

  /**
   * Creates the database.
   *
   * @param server where to create it
   * @param prefix start of its name, lower-case letters, digits and {@code _}; a random suffix follows
   * @return the new database
   * @throws IllegalArgumentException if the prefix is not a plain identifier
   * @throws IllegalStateException if the server cannot be reached or refuses, naming the server
   *     (never its password)
   */
  public static FreshDatabase create(PostgresServer server, String prefix) {
    Objects.requireNonNull(server, "server");
    if (!Objects.requireNonNull(prefix, "prefix").matches("[a-z_][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("a database name prefix is lower-case letters, digits and _, got '" + prefix + "'");
    }
    String name = prefix + "_" + randomHex(6);
    execute(server, "create database " + name, "could not create database " + name);
    return new FreshDatabase(server, name);
  }

  /** The database's name. */
  public String name() {
    return name;
  }

  /** Its JDBC URL, without credentials. */
  public String jdbcUrl() {
    return server.jdbcUrl(name);
  }

  /** Unpooled connections as the server's administrative user (the database's owner). */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The server it lives on. */
  public PostgresServer server() {
    return server;
  }

  /** Drops the database; a failure to drop is logged, not thrown. */
  @Override
  public void close() {
    try {
      execute(server, "drop database if exists " + name + " with (force)", "could not drop database " + name);
    } catch (IllegalStateException e) {
      LOG.warn(e.getMessage());
    }
  }

  /** Random lower-case hex, for unique names and throwaway passwords. */
  public static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  private static void execute(PostgresServer server, String sql, String failure) {
    Properties props = new Properties();
    props.setProperty("user", server.user());
    props.setProperty("password", server.password());
    // An unreachable server fails in seconds, not after the OS's TCP timeout.
    props.setProperty("connectTimeout", "5");
    props.setProperty("loginTimeout", "10");
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(server.maintenanceDatabase()), props);
         Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(failure + " on " + server.describe() + ": " + e.getMessage(), e);
    }
  }
}
