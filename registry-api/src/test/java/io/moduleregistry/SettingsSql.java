package io.moduleregistry;

import io.moduleregistry.testkit.RegistryDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The database's settings validators, called as a signed-in user (the role the settings trigger runs as for
 * a front end's write): many documents in one round trip.
 */
final class SettingsSql {

  private SettingsSql() {
  }

  /** settings_violations(schema, document) for each document (JSON texts), in order. */
  static List<List<String>> violations(String schema, List<String> documents) throws SQLException {
    return violations(schema, documents, null);
  }

  /**
   * settings_violations(schema, document, held) for each document (JSON texts), in order: the update
   * path, which does not look into members equal to those of {@code held}, a document valid against
   * the schema; without one ({@code null}), the two-argument function.
   */
  static List<List<String>> violations(String schema, List<String> documents, @Nullable String held)
      throws SQLException {
    try (Connection c = RegistryDatabase.shared().appDataSource().getConnection()) {
      asSignedInUser(c);
      List<List<String>> out = new ArrayList<>(documents.size());
      String call = held == null ? "module_registry.settings_violations(?::jsonb, d.value)"
          : "module_registry.settings_violations(?::jsonb, d.value, ?::jsonb)";
      try (PreparedStatement s = c.prepareStatement("select " + call
          + " from jsonb_array_elements(?::jsonb) with ordinality d order by d.ordinality")) {
        int p = 1;
        s.setString(p++, schema);
        if (held != null) {
          s.setString(p++, held);
        }
        s.setString(p, "[" + String.join(",", documents) + "]");
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(strings(rs.getArray(1)));
          }
        }
      } finally {
        reset(c);
      }
      return out;
    }
  }

  /**
   * Whether the schema's compiled check (module_registry.settings_check, which the settings trigger asks
   * before it walks) matches each document (JSON texts), in order, with no held document; as the
   * service, the role it is granted to. Fails when the schema compiles to nothing.
   */
  static List<Boolean> checks(String schema, List<String> documents) throws SQLException {
    return checks(schema, documents, null);
  }

  /**
   * The same with each document's held document ({@code $h}, a document valid against the schema, whose
   * equal scalar members the check takes as satisfied, as the trigger passes the old settings), or none
   * where {@code helds} or its element is null.
   */
  static List<Boolean> checks(String schema, List<String> documents, @Nullable List<String> helds)
      throws SQLException {
    try (Connection c = RegistryDatabase.shared().appDataSource().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("set role service_role");
      }
      List<Boolean> out = new ArrayList<>(documents.size());
      try (PreparedStatement s = c.prepareStatement("select k.c is not null,"
          + " jsonb_path_exists(d.value, k.c, jsonb_build_object('h', h.value), true)"
          + " from (select module_registry.settings_check(?::jsonb) c) k,"
          + " jsonb_array_elements(?::jsonb) with ordinality d join jsonb_array_elements(?::jsonb) with ordinality h"
          + " on h.ordinality = d.ordinality order by d.ordinality")) {
        s.setString(1, schema);
        s.setString(2, "[" + String.join(",", documents) + "]");
        List<String> held = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
          String h = helds == null ? null : helds.get(i);
          held.add(h == null ? "null" : h);
        }
        s.setString(3, "[" + String.join(",", held) + "]");
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            if (!rs.getBoolean(1)) {
              throw new IllegalStateException("the schema compiles to no check: " + schema);
            }
            out.add(rs.getBoolean(2));
          }
        }
      } finally {
        reset(c);
      }
      return out;
    }
  }

  /** settings_schema_problems(schema). */
  static List<String> problems(String schema) throws SQLException {
    try (Connection c = RegistryDatabase.shared().appDataSource().getConnection()) {
      asSignedInUser(c);
      try (PreparedStatement s = c.prepareStatement("select module_registry.settings_schema_problems(?::jsonb)")) {
        s.setString(1, schema);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return strings(rs.getArray(1));
        }
      } finally {
        reset(c);
      }
    }
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }

  private static void asSignedInUser(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("set role authenticated");
    }
  }

  private static void reset(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("reset role");
    }
  }
}
