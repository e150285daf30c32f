package io.moduleregistry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Runs one {@link PreparedCall} as an {@link Identity} in ONE network round trip: the
 * transaction-local {@code role} and {@code request.jwt.claims} settings and the statement go to
 * PostgreSQL as one multi-statement string. pgjdbc sends it as one batch with a single Sync, which
 * PostgreSQL runs as one implicit transaction: the statement sees the role and claims, the next
 * user of the pooled connection sees neither, and a failure rolls back both.
 *
 * <p>A pool may hand out connections with autoCommit off (a common Spring Boot setting). Such a
 * connection has no transaction open yet, so the call switches autoCommit on for itself, which
 * pgjdbc does without a round trip, and back off afterwards: the call still commits on its own in
 * one round trip, and the pool gets the connection back as it gave it.
 */
final class ScopedExecutor {

  private final DataSource dataSource;

  ScopedExecutor(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs the call as {@code who}.
   *
   * @throws RegistryException translated from the database's error, in terms of the action
   */
  <T> T run(PreparedCall<T> call, Identity who, Action action, UUID orgId, String moduleId, Object... arguments) {
    try (Connection connection = dataSource.getConnection()) {
      if (connection.getAutoCommit()) {
        return call.run(connection, who, arguments);
      }
      connection.setAutoCommit(true);
      try {
        return call.run(connection, who, arguments);
      } finally {
        connection.setAutoCommit(false);
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, action, who, orgId, moduleId);
    }
  }
}
