package io.moduleregistry;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.testkit.RegistryDatabase;
import java.sql.Connection;
import java.util.function.Consumer;

/** HikariCP pools of the app login role for tests that need their own: another URL, size or session setting. */
final class AppPools {

  private AppPools() {}

  /**
   * A pool of {@value RegistryDatabase#APP_ROLE} on {@code jdbcUrl}, of {@code size} connections,
   * that starts even when the database is down; {@code customize} adjusts the rest.
   */
  static HikariDataSource pool(RegistryDatabase db, String jdbcUrl, int size, Consumer<HikariConfig> customize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(RegistryDatabase.APP_ROLE);
    config.setPassword(db.appPassword());
    config.setMaximumPoolSize(size);
    config.setInitializationFailTimeout(-1);
    customize.accept(config);
    return new HikariDataSource(config);
  }

  /**
   * Calls on this one connection, which the test opened and closes: run in a transaction of their
   * own, or joined to the one the test holds open on it.
   */
  static ConnectionSource on(Connection connection, boolean joinCallerTransaction) {
    return new ConnectionSource() {
      @Override
      public Connection acquire() {
        return connection;
      }

      @Override
      public boolean inCallerTransaction(Connection c) {
        return joinCallerTransaction;
      }

      @Override
      public void release(Connection c) {
        // the test's to close
      }
    };
  }

  /** The JDBC URL of the test database on another port of this machine (a proxy in front of it). */
  static String onPort(RegistryDatabase db, int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + db.databaseName();
  }
}
