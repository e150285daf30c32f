package io.moduleregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.schema.RegistrySchema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Each way of getting a PostgreSQL that can run here; Testcontainers only where Docker answers. */
class DatabaseProviderTest {

  @Test
  void embeddedIsTheDefault() {
    String saved = System.clearProperty(DatabaseProvider.PROPERTY);
    String savedUrl = System.clearProperty(DatabaseProvider.URL_PROPERTY);
    try {
      assertThat(DatabaseProvider.fromSystemProperties()).isEqualTo(DatabaseProvider.EMBEDDED);
      System.setProperty(DatabaseProvider.URL_PROPERTY, "jdbc:postgresql://db.example.test/postgres");
      assertThat(DatabaseProvider.fromSystemProperties()).isEqualTo(DatabaseProvider.EXTERNAL);
      System.setProperty(DatabaseProvider.PROPERTY, "testcontainers");
      assertThat(DatabaseProvider.fromSystemProperties()).isEqualTo(DatabaseProvider.TESTCONTAINERS);
      System.setProperty(DatabaseProvider.PROPERTY, "h2");
      assertThatThrownBy(DatabaseProvider::fromSystemProperties)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-Dregistry.db=h2");
    } finally {
      restore(DatabaseProvider.PROPERTY, saved);
      restore(DatabaseProvider.URL_PROPERTY, savedUrl);
    }
  }

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
          "select max(version) from module_registry.flyway_schema_history")).isEqualTo(RegistrySchema.latestVersion());
      assertThat(external.fixtures().queryValue("select current_user")).isEqualTo("postgres");
    }
    assertThat(shared.fixtures().queryValue("select count(*) from pg_database where datname = ?", name)).isEqualTo(0L);
  }

  @Test
  void anUnreachableServerFailsFastNamingItWithoutThePassword() {
    long started = System.nanoTime();
    assertThatThrownBy(() -> RegistryDatabase.builder()
        .external("jdbc:postgresql://127.0.0.1:1/postgres?user=app&password=s3cret", "app", "s3cret").start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("127.0.0.1:1")
        .hasMessageNotContaining("s3cret");
    System.out.printf("unreachable server reported after %d ms%n", (System.nanoTime() - started) / 1_000_000);
  }

  @Test
  void passwordsAreRedactedFromUrls() {
    assertThat(ExternalServer.redact("jdbc:postgresql://db:5432/postgres?user=a&password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/postgres?user=a&password=***&ssl=true");
    assertThat(ExternalServer.redact("jdbc:postgresql://user:secret@db:5432/postgres"))
        .isEqualTo("jdbc:postgresql://user:***@db:5432/postgres");
  }

  @Test
  void testcontainersStartsAMigratedDatabaseWhereDockerIsAvailable() {
    boolean docker = ContainerServer.dockerAvailable();
    if (!docker) {
      System.out.println("SKIPPED DatabaseProviderTest.testcontainers: no Docker engine answers on this machine;"
          + " run with Docker to test -Dregistry.db=testcontainers");
    }
    Assumptions.assumeTrue(docker, "no Docker engine answers on this machine; Testcontainers needs one");
    try (RegistryDatabase db = RegistryDatabase.builder().provider(DatabaseProvider.TESTCONTAINERS).start()) {
      assertThat(db.fixtures().queryValue("select max(version) from module_registry.flyway_schema_history"))
          .isEqualTo(RegistrySchema.latestVersion());
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
