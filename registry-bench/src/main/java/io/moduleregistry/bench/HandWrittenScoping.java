package io.moduleregistry.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * RLS scoping as most teams write it by hand: a transaction, a {@code set_config} statement, the
 * query, a commit. Three round trips (pgjdbc sends BEGIN with the first statement).
 */
final class HandWrittenScoping {

  static final String IS_ENABLED = "select exists (select 1 from public.org_modules om"
      + " join public.modules m on m.id = om.module_id"
      + " where om.org_id = ? and om.module_id = ? and om.enabled and m.is_active)";
  static final String INSTALLATIONS = "select org_id, module_id, enabled, installed_at, settings"
      + " from public.org_modules where org_id = ? order by module_id";
  static final String INSTALL = "insert into public.org_modules (org_id, module_id, settings) values (?, ?, '{}'::jsonb)"
      + " returning org_id, module_id, enabled, installed_at, settings";
  static final String UNINSTALL = "delete from public.org_modules where org_id = ? and module_id = ?";

  private final DataSource app;

  HandWrittenScoping(DataSource app) {
    this.app = app;
  }

  boolean isEnabled(UUID user, UUID org, String module) throws SQLException {
    try (Connection c = begin(user); PreparedStatement s = c.prepareStatement(IS_ENABLED)) {
      s.setObject(1, org);
      s.setString(2, module);
      boolean enabled;
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        enabled = rs.getBoolean(1);
      }
      c.commit();
      return enabled;
    }
  }

  int installations(UUID user, UUID org) throws SQLException {
    try (Connection c = begin(user); PreparedStatement s = c.prepareStatement(INSTALLATIONS)) {
      s.setObject(1, org);
      int rows = 0;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rs.getObject(1);
          rs.getString(2);
          rs.getBoolean(3);
          rs.getObject(4, java.time.OffsetDateTime.class);
          rs.getString(5);
          rows++;
        }
      }
      c.commit();
      return rows;
    }
  }

  void installAndUninstall(UUID user, UUID org, String module) throws SQLException {
    try (Connection c = begin(user); PreparedStatement s = c.prepareStatement(INSTALL)) {
      s.setObject(1, org);
      s.setString(2, module);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
      }
      c.commit();
    }
    try (Connection c = begin(user); PreparedStatement s = c.prepareStatement(UNINSTALL)) {
      s.setObject(1, org);
      s.setString(2, module);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("uninstall removed nothing");
      }
      c.commit();
    }
  }

  private Connection begin(UUID user) throws SQLException {
    Connection c = app.getConnection();
    try {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(
          "select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ?, true)")) {
        s.setString(1, "{\"sub\":\"" + user + "\",\"role\":\"authenticated\"}");
        s.executeQuery().close();
      }
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }
}
