package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.postgres.DatabaseProvider;
import io.moduleregistry.testkit.RegistryDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Each way of getting a migrated database that can run here; Testcontainers only where Docker answers. */
class ServerProvidersTest {

  /** The newest migration the shared database applied, read from its ledger. */
  private static final Object LATEST = RegistryDatabase.shared().fixtures()
      .queryValue("select max(version) from module_registry.applied_migration");

  @Test
  void externalServerGetsAFreshDatabaseThatIsDroppedAfterwards() {
    RegistryDatabase shared = RegistryDatabase.shared();
    String name;
    try (RegistryDatabase external = RegistryDatabase.builder()
        .external(shared.jdbcUrl(), "postgres", "").start()) {
      name = external.databaseName();
      assertThat(name).isNotEqualTo(shared.databaseName());
      assertThat(external.describe()).startsWith("database " + name + " on external PostgreSQL");
      assertThat(external.fixtures().queryValue(
          "select max(version) from module_registry.applied_migration")).isEqualTo(LATEST);
      assertThat(external.fixtures().queryValue("select current_user")).isEqualTo("postgres");
    }
    assertThat(shared.fixtures().queryValue("select count(*) from pg_database where datname = ?", name)).isEqualTo(0L);
  }
  @Test
  void anUnreachableServerFailsNamingItWithoutThePassword() {
    long started = System.nanoTime();
    assertThatThrownBy(() -> RegistryDatabase.builder()
        .external("jdbc:postgresql://127.0.0.1:1/postgres?user=app&password=s3cret", "app", "s3cret").start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("127.0.0.1:1")
        .hasMessageNotContaining("s3cret");
    System.out.printf("unreachable server reported after %d ms%n", (System.nanoTime() - started) / 1_000_000);
  }
  @Test
  void testcontainersStartsAMigratedDatabaseWhereDockerIsAvailable() {
    boolean docker = dockerAvailable();
    if (!docker) {
      System.out.println("SKIPPED DatabaseProviderTest.testcontainers: no Docker engine answers on this machine;"
          + " run with Docker to test -Dregistry.db=testcontainers");
    }
    Assumptions.assumeTrue(docker, "no Docker engine answers on this machine; Testcontainers needs one");
    try (RegistryDatabase db = RegistryDatabase.builder().provider(DatabaseProvider.TESTCONTAINERS).start()) {
      assertThat(db.fixtures().queryValue("select max(version) from module_registry.applied_migration"))
          .isEqualTo(LATEST);
    }
  }
  private static boolean dockerAvailable() {
    try {
      return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
