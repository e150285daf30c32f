package io.moduleregistry.postgres;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A server somebody else runs, given by a JDBC URL ({@code -Dregistry.db.url}). The testkit
 * creates a fresh database on it and drops that database again; it never touches others.
 */
final class ExternalServer implements PostgresServer {

  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)(password=)[^&]*");
  private static final Pattern USER_INFO = Pattern.compile("//([^/@:]+):[^/@]*@");

  private final String baseUrl;
  private final String maintenanceDatabase;
  private final String user;
  private final String password;

  ExternalServer(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException(
          "registry.db.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), got " + redact(url));
    }
    String withoutParameters = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    int slash = withoutParameters.indexOf('/', "jdbc:postgresql://".length());
    this.baseUrl = slash < 0 ? withoutParameters : withoutParameters.substring(0, slash);
    String database = slash < 0 ? "" : withoutParameters.substring(slash + 1);
    this.maintenanceDatabase = database.isEmpty() ? "postgres" : database;
    this.user = user == null || user.isEmpty() ? "postgres" : user;
    this.password = password == null ? "" : password;
  }

  /** Hides any password in a JDBC URL, for messages and logs. */
  static String redact(String url) {
    return USER_INFO.matcher(PASSWORD_PARAMETER.matcher(url).replaceAll("$1***")).replaceAll("//$1:***@");
  }

  @Override
  public String jdbcUrl(String database) {
    return baseUrl + "/" + database;
  }

  @Override
  public String maintenanceDatabase() {
    return maintenanceDatabase;
  }

  @Override
  public String user() {
    return user;
  }

  @Override
  public String password() {
    return password;
  }

  @Override
  public String describe() {
    return "external PostgreSQL at " + redact(baseUrl) + " as " + user;
  }

  @Override
  public boolean owned() {
    return false;
  }

  @Override
  public void close() {
    // Not ours to stop.
  }
}
