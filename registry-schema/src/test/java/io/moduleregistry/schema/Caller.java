package io.moduleregistry.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Talks to the database the way a real client does: connected as the app login role, it switches
 * to a role and sets JWT claims transaction-locally, runs one statement, and rolls back, so that
 * every check starts from the same data and a refused statement leaves nothing behind.
 *
 * @param name for assertion messages
 * @param role the role to switch to
 * @param claims the JSON claims, or {@code ""} for none
 */
record Caller(String name, String role, String claims) {

  static Caller user(String name, UUID id) {
    return new Caller(name, "authenticated", "{\"sub\":\"" + id + "\",\"role\":\"authenticated\"}");
  }

  static Caller anon() {
    return new Caller("anon", "anon", "{\"role\":\"anon\"}");
  }

  static Caller service() {
    return new Caller("service", "service_role", "");
  }

  /** Runs a statement and returns its update count. */
  int update(DataSource app, String sql, Object... parameters) throws SQLException {
    try (Connection c = scoped(app); PreparedStatement s = prepare(c, sql, parameters)) {
      try {
        return s.executeUpdate();
      } finally {
        c.rollback();
      }
    }
  }

  /** Runs a query and returns how many rows it gave. */
  long count(DataSource app, String sql, Object... parameters) throws SQLException {
    try (Connection c = scoped(app); PreparedStatement s = prepare(c, sql, parameters)) {
      try (ResultSet rs = s.executeQuery()) {
        long rows = 0;
        while (rs.next()) {
          rows++;
        }
        return rows;
      } finally {
        c.rollback();
      }
    }
  }

  /** Runs a query and returns the first column of the first row as text (null when no row). */
  String text(DataSource app, String sql, Object... parameters) throws SQLException {
    try (Connection c = scoped(app); PreparedStatement s = prepare(c, sql, parameters)) {
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      } finally {
        c.rollback();
      }
    }
  }

  private Connection scoped(DataSource app) throws SQLException {
    Connection c = app.getConnection();
    c.setAutoCommit(false);
    try (PreparedStatement s = c.prepareStatement(
        "select set_config('role', ?, true), set_config('request.jwt.claims', ?, true)")) {
      s.setString(1, role);
      s.setString(2, claims);
      s.execute();
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
    return s;
  }

  @Override
  public String toString() {
    return name;
  }
}
