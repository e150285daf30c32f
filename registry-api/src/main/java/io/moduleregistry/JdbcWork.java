package io.moduleregistry;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A service's own JDBC work, run by {@link RegistryScope#inTransaction(JdbcWork)} inside one
 * transaction as the scope's caller.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface JdbcWork<T> {

  /**
   * Does the work on a connection whose role and claims are the scope's (row-level security applies
   * as to the caller). Use it for statements only: the registry commits or rolls back, and closes.
   *
   * @param connection valid until the work returns; {@code commit}, {@code rollback()}, {@code
   *     setAutoCommit} and {@code close} on it throw {@link IllegalStateException}
   * @return the work's result
   * @throws SQLException from any statement: the transaction is rolled back and the exception
   *     translated as {@link RegistryScope#inTransaction(JdbcWork)} says
   */
  T run(Connection connection) throws SQLException;
}
