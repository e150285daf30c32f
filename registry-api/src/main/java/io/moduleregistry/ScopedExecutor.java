package io.moduleregistry;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs one {@link PreparedCall} as an {@link Identity} in ONE network round trip: the
 * transaction-local {@code role} and {@code request.jwt.claims} settings and the statement go to
 * PostgreSQL as one multi-statement string. pgjdbc sends it as one batch with a single Sync, which
 * PostgreSQL runs as one implicit transaction: the statement sees the role and claims, the next
 * user of the pooled connection sees neither, and a failure rolls back both.
 */
final class ScopedExecutor {

  private final DataSource dataSource;

  ScopedExecutor(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs the call as {@code who}, its parameters bound from {@code target}.
   *
   * @throws RegistryException translated from the database's error, in terms of the action and target
   */
  <T> T run(PreparedCall<T> call, Identity who, Action action, Target target) {
    try (Connection connection = dataSource.getConnection()) {
      return call.run(connection, who, target);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, action, who, target);
    }
  }
}
