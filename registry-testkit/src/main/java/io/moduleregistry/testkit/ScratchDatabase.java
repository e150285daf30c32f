package io.moduleregistry.testkit;

import io.moduleregistry.postgres.FreshDatabase;
import javax.sql.DataSource;

/**
 * An empty database on the testkit's server, for tests that migrate from nothing or build a
 * fixture of their own (such as Supabase's auth objects). Dropped on {@link #close()}.
 */
public final class ScratchDatabase implements AutoCloseable {

  private final FreshDatabase database;

  ScratchDatabase(FreshDatabase database) {
    this.database = database;
  }

  /** The database's name. */
  public String name() {
    return database.name();
  }

  /** Its JDBC URL, without credentials. */
  public String jdbcUrl() {
    return database.jdbcUrl();
  }

  /** Unpooled connections as the server's administrative user. */
  public DataSource dataSource() {
    return database.dataSource();
  }

  /** Drops the database, ending any session still connected to it. */
  @Override
  public void close() {
    database.close();
  }
}
