package io.moduleregistry.spring;

import io.moduleregistry.ConnectionSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Connections through Spring's {@link DataSourceUtils}: inside a Spring transaction on the same
 * DataSource a call gets the transaction's connection and joins it (so its writes commit or roll
 * back with the caller's, and the scope is restored before the caller's next statement); anywhere
 * else it gets a pooled connection and runs in a transaction of its own.
 */
final class SpringConnectionSource implements ConnectionSource {

  private final DataSource dataSource;
  private final boolean join;

  SpringConnectionSource(DataSource dataSource, boolean join) {
    this.dataSource = dataSource;
    this.join = join;
  }

  @Override
  public Connection acquire() throws SQLException {
    return join ? DataSourceUtils.getConnection(dataSource) : dataSource.getConnection();
  }

  @Override
  public boolean inCallerTransaction(Connection connection) {
    return join && TransactionSynchronizationManager.isActualTransactionActive()
        && DataSourceUtils.isConnectionTransactional(connection, dataSource);
  }

  @Override
  public void release(Connection connection) throws SQLException {
    if (join) {
      DataSourceUtils.releaseConnection(connection, dataSource);
    } else {
      connection.close();
    }
  }
}
