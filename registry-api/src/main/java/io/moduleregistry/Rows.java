package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the statements' rows into the public records; column names are the generated fields'. */
final class Rows {

  /** Why a write changed nothing: rows of it the caller sees, and whether it may write them. */
  record Report(int visible, boolean allowed) {}

  private final SettingsCodec codec;

  Rows(SettingsCodec codec) {
    this.codec = codec;
  }

  static Module module(ResultSet rs) throws SQLException {
    return new Module(rs.getString("id"), rs.getString("name"), rs.getString("description"), rs.getString("version"),
        rs.getBoolean("is_active"), rs.getObject("created_at", OffsetDateTime.class));
  }

  static List<Module> modules(ResultSet rs) throws SQLException {
    List<Module> all = new ArrayList<>();
    while (rs.next()) {
      all.add(module(rs));
    }
    return all;
  }

  static Optional<Module> optionalModule(ResultSet rs) throws SQLException {
    return rs.next() ? Optional.of(module(rs)) : Optional.empty();
  }

  static boolean firstBoolean(ResultSet rs) throws SQLException {
    rs.next();
    return rs.getBoolean(1);
  }

  static boolean any(ResultSet rs) throws SQLException {
    return rs.next();
  }

  static List<String> textArray(ResultSet rs) throws SQLException {
    rs.next();
    java.sql.Array array = rs.getArray(1);
    if (array == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      values.add(String.valueOf(value));
    }
    return values;
  }

  Installation installation(ResultSet rs) throws SQLException {
    return new Installation(rs.getObject("org_id", UUID.class), rs.getString("module_id"), rs.getBoolean("enabled"),
        rs.getObject("installed_at", OffsetDateTime.class), codec.parse(rs.getString("settings")));
  }

  List<Installation> installations(ResultSet rs) throws SQLException {
    List<Installation> all = new ArrayList<>();
    while (rs.next()) {
      all.add(installation(rs));
    }
    return all;
  }

  Optional<Installation> optionalInstallation(ResultSet rs) throws SQLException {
    return rs.next() ? Optional.of(installation(rs)) : Optional.empty();
  }

  Installation singleInstallation(ResultSet rs) throws SQLException {
    rs.next();
    return installation(rs);
  }

  Optional<JsonNode> settings(ResultSet rs) throws SQLException {
    return rs.next() ? Optional.of(codec.parse(rs.getString(1))) : Optional.empty();
  }

  /** The answer of {@code Statements.access}. */
  static Report access(ResultSet rs) throws SQLException {
    rs.next();
    return new Report(rs.getInt("visible"), rs.getBoolean("allowed"));
  }
}
