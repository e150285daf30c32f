package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads the statements' rows into the public records; column names are the generated fields'. */
final class Rows {

  /** Why a write changed nothing: rows of it the caller sees, and whether it may write them. */
  record Report(int visible, boolean allowed) {}

  /** Maps the current row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final SettingsCodec codec;

  Rows(SettingsCodec codec) {
    this.codec = codec;
  }

  static Module module(ResultSet rs) throws SQLException {
    return new Module(rs.getString("id"), rs.getString("name"), rs.getString("description"), rs.getString("version"),
        rs.getBoolean("is_active"), rs.getObject("created_at", OffsetDateTime.class));
  }

  /** Every row, mapped. */
  static <T> List<T> all(ResultSet rs, RowMapper<T> mapper) throws SQLException {
    List<T> all = new ArrayList<>();
    while (rs.next()) {
      all.add(mapper.map(rs));
    }
    return all;
  }

  /** The first row, mapped, if there is one. */
  static <T> Optional<T> first(ResultSet rs, RowMapper<T> mapper) throws SQLException {
    return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
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

  /** A jsonb column parsed by the registry's codec, or {@code null} where it is NULL. */
  @Nullable JsonNode json(ResultSet rs, String column)
      throws SQLException {
    String text = rs.getString(column);
    return text == null ? null : codec.parse(text);
  }

  /** The answer of {@code Statements.access}. */
  static Report access(ResultSet rs) throws SQLException {
    rs.next();
    return new Report(rs.getInt("visible"), rs.getBoolean("allowed"));
  }
}
