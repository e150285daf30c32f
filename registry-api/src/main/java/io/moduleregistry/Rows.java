package io.moduleregistry;

import static io.moduleregistry.db.Tables.MODULES;
import static io.moduleregistry.db.Tables.ORG_MODULES;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/**
 * Reads the statements' rows into the public records, each column through the generated jOOQ field
 * it was selected as (its name and Java type), so a renamed or retyped column fails the build.
 */
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
    return new Module(get(rs, MODULES.ID), get(rs, MODULES.NAME), get(rs, MODULES.DESCRIPTION), get(rs, MODULES.VERSION),
        get(rs, MODULES.IS_ACTIVE), get(rs, MODULES.CREATED_AT));
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
    // settings as jsonb's text, parsed by the registry's own codec (numbers kept exactly), not jOOQ's converter
    return new Installation(get(rs, ORG_MODULES.ORG_ID), get(rs, ORG_MODULES.MODULE_ID), get(rs, ORG_MODULES.ENABLED),
        get(rs, ORG_MODULES.INSTALLED_AT), codec.parse(rs.getString(ORG_MODULES.SETTINGS.getName())));
  }

  /** A jsonb column parsed by the registry's codec, or {@code null} where it is NULL. */
  @Nullable JsonNode json(ResultSet rs, Field<?> column) throws SQLException {
    String text = rs.getString(column.getName());
    return text == null ? null : codec.parse(text);
  }

  /** The answer of {@code Statements.access}. */
  static Report access(ResultSet rs) throws SQLException {
    rs.next();
    return new Report(rs.getInt(Statements.VISIBLE.getName()), rs.getBoolean(Statements.ALLOWED.getName()));
  }

  /** A column by its generated field: the field's name, read as the field's Java type (pgjdbc converts). */
  static <T> T get(ResultSet rs, Field<T> field) throws SQLException {
    return rs.getObject(field.getName(), field.getType());
  }
}
