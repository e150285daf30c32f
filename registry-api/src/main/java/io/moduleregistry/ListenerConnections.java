package io.moduleregistry;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.common.BaseDataSource;

/**
 * Where the snapshot's listener gets its connection: never from the pool. A connection that a pool
 * hands out (even unwrapped, as HikariCP allows) goes back to the pool, or is closed under the
 * pool's feet, and its LISTEN would outlive the borrower; so the listener opens its own with
 * {@link DriverManager}, from the URL, user and password that the pool itself connects with.
 */
final class ListenerConnections {

  private ListenerConnections() {}

  /** How a data source connects, where it can be read from it. */
  record Login(String url, @Nullable String user, @Nullable String password) {}

  /**
   * The login of a HikariCP {@code HikariDataSource} (read reflectively: HikariCP is not a
   * dependency) or a pgjdbc data source; empty for any other data source, or one configured
   * without a JDBC URL.
   */
  static @Nullable Login loginOf(DataSource dataSource) {
    try {
      if (dataSource.isWrapperFor(BaseDataSource.class)) {
        BaseDataSource pg = dataSource.unwrap(BaseDataSource.class);
        return new Login(pg.getURL(), pg.getUser(), pg.getPassword());
      }
      for (Class<?> type = dataSource.getClass(); type != null; type = type.getSuperclass()) {
        if (type.getName().equals("com.zaxxer.hikari.HikariConfig")) {
          String url = (String) getter(dataSource, "getJdbcUrl");
          return url == null ? null
              : new Login(url, (String) getter(dataSource, "getUsername"), (String) getter(dataSource, "getPassword"));
        }
      }
    } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /** Why this URL points at a transaction-mode pooler, where LISTEN cannot work; {@code null} if it does not seem to. */
  static @Nullable String poolerReason(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.matches(".*[?&]preparethreshold=0(&.*)?")) {
      return "the JDBC URL sets prepareThreshold=0, as for PgBouncer or Supavisor in transaction mode";
    }
    if (lower.matches("jdbc:postgresql://[^/]*:6543(/.*)?")) {
      return "the JDBC URL names port 6543, Supavisor's transaction mode";
    }
    if (lower.contains("pgbouncer=true")) {
      return "the JDBC URL says pgbouncer=true";
    }
    return null;
  }

  /** Opens a new connection on every call; failures surface as {@link IllegalStateException}s naming the URL. */
  static Supplier<Connection> driverManager(String url, @Nullable String user, @Nullable String password) {
    return () -> {
      Properties properties = new Properties();
      if (user != null) {
        properties.setProperty("user", user);
      }
      if (password != null) {
        properties.setProperty("password", password);
      }
      properties.setProperty("ApplicationName", "module-registry-snapshot-listener");
      try {
        return DriverManager.getConnection(url, properties);
      } catch (SQLException e) {
        throw new IllegalStateException("the snapshot's listener cannot connect to " + redact(url) + ": " + e.getMessage(), e);
      }
    };
  }

  /** The URL for messages: no query string, which may carry a password. */
  static String redact(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query) + "?…";
  }

  private static @Nullable Object getter(Object target, String name) throws ReflectiveOperationException {
    Method method = target.getClass().getMethod(name);
    return method.invoke(target);
  }
}
