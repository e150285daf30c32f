package io.moduleregistry.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Several statements in one transaction as a {@link Caller}, as a PostgREST request or a psql session sends them. */
final class Transactions {

  @FunctionalInterface
  interface Work {
    void run(Connection c) throws SQLException;
  }

  private Transactions() {}

  /** Runs the work as the caller and commits it (rolls back when it throws). */
  static void commit(DataSource app, Caller caller, Work work) throws SQLException {
    run(app, caller, work, true);
  }

  /** Runs the work as the caller and rolls it back whatever happens. */
  static void rollback(DataSource app, Caller caller, Work work) throws SQLException {
    run(app, caller, work, false);
  }

  /** Runs one statement with parameters bound in order. */
  static int execute(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = bound(c, sql, parameters)) {
      return s.executeUpdate();
    }
  }

  /** Runs one query with parameters bound in order and returns its first row's first column (null for no row). */
  static Object value(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = bound(c, sql, parameters); ResultSet rows = s.executeQuery()) {
      return rows.next() ? rows.getObject(1) : null;
    }
  }

  /** Runs one statement that may return rows (a function call), with parameters bound in order; the rows are dropped. */
  static void call(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = bound(c, sql, parameters)) {
      s.execute();
    }
  }

  private static PreparedStatement bound(Connection c, String sql, Object... parameters) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s;
    } catch (SQLException e) {
      s.close();
      throw e;
    }
  }

  private static void run(DataSource app, Caller caller, Work work, boolean commit) throws SQLException {
    try (Connection c = app.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement s = c.prepareStatement(
            "select set_config('role', ?, true), set_config('request.jwt.claims', ?, true)")) {
          s.setString(1, caller.role());
          s.setString(2, caller.claims());
          s.execute();
        }
        work.run(c);
        if (commit) {
          c.commit();
        } else {
          c.rollback();
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }
}
