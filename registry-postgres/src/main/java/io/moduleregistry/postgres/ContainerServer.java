package io.moduleregistry.postgres;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A PostgreSQL container started by Testcontainers ({@code -Dregistry.db=testcontainers}); needs a
 * Docker engine. The image is configurable, so {@code supabase/postgres} works too.
 */
final class ContainerServer implements PostgresServer {

  private final PostgreSQLContainer container;

  private ContainerServer(PostgreSQLContainer container) {
    this.container = container;
  }

  /** Whether a Docker engine answers; Testcontainers needs one. */
  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  static ContainerServer start(String image) {
    if (!dockerAvailable()) {
      throw new IllegalStateException("registry.db=testcontainers needs a Docker engine and Testcontainers on the classpath (org.testcontainers:testcontainers-postgresql), and one of them is missing;"
          + " use the embedded database (the default) or -Dregistry.db.url=jdbc:postgresql://...");
    }
    PostgreSQLContainer container = new PostgreSQLContainer(
        DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
    container.start();
    return new ContainerServer(container);
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + container.getHost() + ":"
        + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + database;
  }

  @Override
  public String maintenanceDatabase() {
    return container.getDatabaseName();
  }

  @Override
  public String user() {
    return container.getUsername();
  }

  @Override
  public String password() {
    return container.getPassword();
  }

  @Override
  public String describe() {
    return "Testcontainers PostgreSQL (" + container.getDockerImageName() + ") at "
        + container.getHost() + ":" + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
  }

  @Override
  public boolean owned() {
    return true;
  }

  @Override
  public void close() {
    container.stop();
  }
}
