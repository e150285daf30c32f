package io.moduleregistry.testkit;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database on the testkit's server, for tests that migrate from nothing or build a
 * fixture of their own (such as Supabase's auth objects). Dropped on {@link #close()}.
 */
public final class ScratchDatabase implements AutoCloseable {

  private final String name;
  private final String jdbcUrl;
  private final PGSimpleDataSource dataSource;
  private final Runnable drop;

  ScratchDatabase(String name, String jdbcUrl, String user, String password, Runnable drop) {
    this.name = name;
    this.jdbcUrl = jdbcUrl;
    this.drop = drop;
    this.dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl);
    dataSource.setUser(user);
    dataSource.setPassword(password);
  }

  /** The database's name. */
  public String name() {
    return name;
  }

  /** Its JDBC URL, without credentials. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** Unpooled connections as the server's administrative user. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Drops the database, ending any session still connected to it. */
  @Override
  public void close() {
    drop.run();
  }
}
