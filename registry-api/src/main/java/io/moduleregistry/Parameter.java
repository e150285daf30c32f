package io.moduleregistry;

import static io.moduleregistry.db.Tables.ORG_MODULES;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DataType;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/**
 * The named parameters every statement is built with ({@code DSL.param(name, type)}), and where a
 * call's value for each comes from: the scope's {@link Identity} or the call's {@link Target}.
 * {@link PreparedCall} finds their positions once, when it renders a statement, and refuses a
 * statement with a name that is not declared here.
 *
 * @param <T> the SQL type jOOQ renders the parameter as (its cast); see {@link #bind} for what is bound
 */
final class Parameter<T> {

  /** How a value reaches pgjdbc. */
  private enum Jdbc {
    /** {@code setString}; {@code null} as a typed NULL (an untyped one costs pgjdbc a round trip). */
    TEXT,
    /** {@code setObject} (a {@code UUID}). */
    OBJECT
  }

  /** The role the call switches to (first statement of every call). */
  static final Parameter<String> ROLE = new Parameter<>("role", SQLDataType.VARCHAR, Jdbc.TEXT, false,
      (who, target) -> who.role());
  /** The claims JSON of the call's identity, {@code ""} for none. */
  static final Parameter<String> CLAIMS = new Parameter<>("claims", SQLDataType.VARCHAR, Jdbc.TEXT, false,
      (who, target) -> who.claims());
  static final Parameter<UUID> ORG = new Parameter<>("org", SQLDataType.UUID, Jdbc.OBJECT, false,
      (who, target) -> target.orgId());
  static final Parameter<String> MODULE = new Parameter<>("module", SQLDataType.VARCHAR, Jdbc.TEXT, false,
      (who, target) -> target.moduleId());
  /**
   * Settings or a patch: typed as the generated {@code jsonb} column, so jOOQ renders {@code cast(?
   * as jsonb)}; bound as the JSON text the codec checked, which PostgreSQL casts.
   */
  static final Parameter<JsonNode> SETTINGS = new Parameter<>("settings", ORG_MODULES.SETTINGS.getDataType(),
      Jdbc.TEXT, false, (who, target) -> target.settings());
  static final Parameter<String> NAME = definition("name", ModuleDefinition::name, false);
  static final Parameter<String> DESCRIPTION = definition("description", ModuleDefinition::description, true);
  static final Parameter<String> VERSION = definition("version", ModuleDefinition::version, false);

  /** The history's module filter: the target's module, or {@code null} for every module. */
  static final Parameter<String> MODULE_FILTER = new Parameter<>("module_filter", SQLDataType.VARCHAR, Jdbc.TEXT, true,
      (who, target) -> target.moduleId());
  /** A history page holds events with a smaller id. */
  static final Parameter<Long> BEFORE = history("before", SQLDataType.BIGINT, History.Range::beforeId);
  /** Rows a history page reads: its size and one more, to tell whether another page follows. */
  static final Parameter<Integer> FETCH = history("fetch", SQLDataType.INTEGER, History.Range::fetch);
  /** Retention deletes the events that occurred before this. */
  static final Parameter<java.time.OffsetDateTime> OLDER_THAN = history("older_than",
      SQLDataType.TIMESTAMPWITHTIMEZONE, History.Range::olderThan);

  /** Every parameter, by name. */
  static final Map<String, Parameter<?>> BY_NAME = List.of(ROLE, CLAIMS, ORG, MODULE, SETTINGS, NAME, DESCRIPTION, VERSION,
          MODULE_FILTER, BEFORE, FETCH, OLDER_THAN)
      .stream().collect(Collectors.toUnmodifiableMap(Parameter::name, p -> p));

  @FunctionalInterface
  private interface Source {
    @Nullable Object value(Identity who, Target target);
  }

  private final Param<T> param;
  private final Jdbc jdbc;
  private final boolean nullable;
  private final Source source;

  private Parameter(String name, DataType<T> type, Jdbc jdbc, boolean nullable, Source source) {
    this.param = DSL.param(name, type);
    this.jdbc = jdbc;
    this.nullable = nullable;
    this.source = source;
  }

  private static Parameter<String> definition(String name, Function<ModuleDefinition, @Nullable String> field,
      boolean nullable) {
    return new Parameter<>(name, SQLDataType.VARCHAR, Jdbc.TEXT, nullable,
        (who, target) -> target.definition() == null ? null : field.apply(target.definition()));
  }

  private static <T> Parameter<T> history(String name, DataType<T> type, Function<History.Range, @Nullable Object> field) {
    return new Parameter<>(name, type, Jdbc.OBJECT, false,
        (who, target) -> target.history() == null ? null : field.apply(target.history()));
  }

  /** What a statement is built with: a named parameter without a value. */
  Param<T> param() {
    return param;
  }

  String name() {
    return param.getParamName();
  }

  /**
   * Binds this parameter's value for the call at a position.
   *
   * @throws IllegalStateException if the target lacks a value the statement needs (a bug in the
   *     operation, not in the caller's input)
   */
  void bind(PreparedStatement statement, int position, Identity who, Target target) throws SQLException {
    Object value = source.value(who, target);
    if (value == null && !nullable) {
      throw new IllegalStateException("parameter '" + name() + "' has no value in " + target);
    }
    if (value == null) {
      statement.setNull(position, Types.VARCHAR);
    } else if (jdbc == Jdbc.TEXT) {
      statement.setString(position, (String) value);
    } else {
      statement.setObject(position, value);
    }
  }
}
