package io.moduleregistry.testkit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.postgres.FreshDatabase;
import io.moduleregistry.postgres.PostgresServer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The HikariCP pools of one database: the owner's, opened at once, and the app login role's,
 * opened (and the role set up) on first use, since a database started without migrations cannot
 * have it yet.
 */
final class DatabasePools implements AutoCloseable {

  private final PostgresServer server;
  private final String databaseName;
  private final String appPassword = FreshDatabase.randomHex(16);
  private final HikariDataSource owner;
  private @Nullable HikariDataSource app;

  DatabasePools(PostgresServer server, String databaseName) {
    this.server = server;
    this.databaseName = databaseName;
    this.owner = pool("registry-owner", server.user(), server.password(), 5);
  }

  DataSource owner() {
    return owner;
  }

  synchronized DataSource app() {
    if (app == null) {
      AppRole.ensure(owner, appPassword);
      app = pool("registry-app", RegistryDatabase.APP_ROLE, appPassword, 10);
    }
    return app;
  }

  /** This run's random password of the app role. */
  String appPassword() {
    return appPassword;
  }

  @Override
  public synchronized void close() {
    if (app != null) {
      app.close();
    }
    owner.close();
  }

  private HikariDataSource pool(String name, String user, String password, int size) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name + "-" + databaseName);
    config.setJdbcUrl(server.jdbcUrl(databaseName));
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }
}
