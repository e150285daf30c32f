package io.moduleregistry.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Choosing a server from system properties, and keeping passwords out of what is printed. */
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
  void settingsDescribeTheServerWithoutThePassword() {
    ServerSettings external = ServerSettings.external("jdbc:postgresql://db:5432/postgres?password=s3cret", "app", "s3cret");
    assertThat(external.toString()).contains("db:5432").doesNotContain("s3cret");
    assertThatThrownBy(() -> new ServerSettings(DatabaseProvider.EXTERNAL, "", "", "", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-Dregistry.db.url");
    assertThat(ServerSettings.container(null).image()).isEqualTo(ServerSettings.DEFAULT_IMAGE);
  }

  @Test
  void passwordsAreRedactedFromUrls() {
    assertThat(ExternalServer.redact("jdbc:postgresql://db:5432/postgres?user=a&password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/postgres?user=a&password=***&ssl=true");
    assertThat(ExternalServer.redact("jdbc:postgresql://user:secret@db:5432/postgres"))
        .isEqualTo("jdbc:postgresql://user:***@db:5432/postgres");
  }


  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
