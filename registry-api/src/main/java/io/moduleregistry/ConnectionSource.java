package io.moduleregistry;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Where the registry gets a connection for a call, and whether that call joins a transaction the
 * caller already has open on it.
 *
 * <p>A call that joins runs its scope and statement inside the caller's transaction, so its writes
 * commit or roll back with the caller's, and restores the caller's role and claims before the
 * caller's next statement (still one round trip). A call that does not join runs in a transaction
 * of its own and commits it, whatever the connection's autoCommit. The Spring Boot starter supplies
 * one that joins Spring-managed transactions; {@link #of(DataSource)} is the default.
 */
public interface ConnectionSource {

  /**
   * A connection for one call.
   *
   * @return a connection; given back through {@link #release(Connection)}
   * @throws SQLException if none can be had (reported as {@link RegistryUnavailableException})
   */
  Connection acquire() throws SQLException;

  /**
   * Whether the call should join a transaction of the caller's that is open on this connection,
   * rather than run in its own.
   *
   * @param connection the connection {@link #acquire()} returned
   * @return {@code true} to join
   * @throws SQLException if the connection cannot tell
   */
  boolean inCallerTransaction(Connection connection) throws SQLException;

  /**
   * Gives the connection back.
   *
   * @param connection the connection {@link #acquire()} returned
   * @throws SQLException if closing fails
   */
  void release(Connection connection) throws SQLException;

  /**
   * Plain connections from a data source (a pool): each call gets one and closes it, and joins a
   * transaction only when one is visibly open on it (a transaction-aware proxy handing out a
   * connection that the caller has already written on); otherwise it runs in its own.
   *
   * @param dataSource the pool
   * @return the source
   */
  static ConnectionSource of(DataSource dataSource) {
    return new ConnectionSource() {
      @Override
      public Connection acquire() throws SQLException {
        return dataSource.getConnection();
      }

      @Override
      public boolean inCallerTransaction(Connection connection) throws SQLException {
        return !connection.getAutoCommit() && connection.isWrapperFor(BaseConnection.class)
            && connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
      }

      @Override
      public void release(Connection connection) throws SQLException {
        connection.close();
      }
    };
  }
}
