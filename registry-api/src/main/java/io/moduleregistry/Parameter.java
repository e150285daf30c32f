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
 * call's value for each comes from: the scope's {@link Identity} or the call's {@link Target}, of
 * the kind each parameter names.
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
  static final Parameter<String> ROLE = new Parameter<>("role", SQLDataType.VARCHAR, Jdbc.TEXT, Target.class,
      (who, target) -> who.role());
  /** The claims JSON of the call's identity, {@code ""} for none. */
  static final Parameter<String> CLAIMS = new Parameter<>("claims", SQLDataType.VARCHAR, Jdbc.TEXT, Target.class,
      (who, target) -> who.claims());
  static final Parameter<UUID> ORG = fromTarget("org", SQLDataType.UUID, Jdbc.OBJECT, Target.OfOrg.class,
      Target.OfOrg::orgId);
  static final Parameter<String> MODULE = fromTarget("module", SQLDataType.VARCHAR, Jdbc.TEXT, Target.OfModule.class,
      Target.OfModule::moduleId);
  /**
   * Settings or a patch: typed as the generated {@code jsonb} column, so jOOQ renders {@code cast(?
   * as jsonb)}; bound as the JSON text the codec checked, which PostgreSQL casts.
   */
  static final Parameter<JsonNode> SETTINGS = fromTarget("settings", ORG_MODULES.SETTINGS.getDataType(), Jdbc.TEXT,
      Target.WithSettings.class, Target.WithSettings::settings);
  /** A whole JSON document (a plan's steps, a catalog's manifests), typed jsonb like {@link #SETTINGS}. */
  static final Parameter<JsonNode> DOCUMENT = fromTarget("document", ORG_MODULES.SETTINGS.getDataType(), Jdbc.TEXT,
      Target.OfDocument.class, Target.OfDocument::document);
  static final Parameter<String> NAME = definition("name", ModuleDefinition::name);
  /** The one value that may be {@code null} (no description): bound as a typed NULL. */
  static final Parameter<String> DESCRIPTION = definition("description", ModuleDefinition::description);
  static final Parameter<String> VERSION = definition("version", ModuleDefinition::version);

  /** The history's module filter: the target's module, or {@code null} for every module. */
  static final Parameter<String> MODULE_FILTER = fromTarget("module_filter", SQLDataType.VARCHAR, Jdbc.TEXT,
      Target.HistoryQuery.class, Target.HistoryQuery::moduleId);
  /** A history page holds events with a smaller id. */
  static final Parameter<Long> BEFORE = fromTarget("before", SQLDataType.BIGINT, Jdbc.OBJECT, Target.HistoryQuery.class,
      Target.HistoryQuery::beforeId);
  /** Rows a history page reads: its size and one more, to tell whether another page follows. */
  static final Parameter<Integer> FETCH = fromTarget("fetch", SQLDataType.INTEGER, Jdbc.OBJECT, Target.HistoryQuery.class,
      Target.HistoryQuery::fetch);
  /** Retention deletes the events that occurred before this. */
  static final Parameter<java.time.OffsetDateTime> OLDER_THAN = fromTarget("older_than",
      SQLDataType.TIMESTAMPWITHTIMEZONE, Jdbc.OBJECT, Target.HistoryCutoff.class, Target.HistoryCutoff::olderThan);

  /** Every parameter, by name. */
  static final Map<String, Parameter<?>> BY_NAME = List.of(ROLE, CLAIMS, ORG, MODULE, SETTINGS, DOCUMENT, NAME, DESCRIPTION,
          VERSION, MODULE_FILTER, BEFORE, FETCH, OLDER_THAN)
      .stream().collect(Collectors.toUnmodifiableMap(Parameter::name, p -> p));

  @FunctionalInterface
  private interface Source {
    @Nullable Object value(Identity who, Target target);
  }

  private final Param<T> param;
  private final Jdbc jdbc;
  /** The kind of {@link Target} this parameter's value is read from. */
  private final Class<? extends Target> needs;
  private final Source source;

  private Parameter(String name, DataType<T> type, Jdbc jdbc, Class<? extends Target> needs, Source source) {
    this.param = DSL.param(name, type);
    this.jdbc = jdbc;
    this.needs = needs;
    this.source = source;
  }

  /** A parameter read from one kind of target; {@link PreparedCall#render} makes sure a call's target is that kind. */
  private static <T, K extends Target> Parameter<T> fromTarget(String name, DataType<T> type, Jdbc jdbc, Class<K> kind,
      Function<K, @Nullable Object> value) {
    return new Parameter<>(name, type, jdbc, kind, (who, target) -> value.apply(kind.cast(target)));
  }

  private static Parameter<String> definition(String name, Function<ModuleDefinition, @Nullable String> field) {
    return fromTarget(name, SQLDataType.VARCHAR, Jdbc.TEXT, Target.Definition.class, d -> field.apply(d.definition()));
  }


  /** What a statement is built with: a named parameter without a value. */
  Param<T> param() {
    return param;
  }

  String name() {
    return param.getParamName();
  }

  /**
   * Whether a call whose input is of this kind supplies this parameter's value.
   *
   * @param input the kind of {@link Target} a {@link PreparedCall} takes
   */
  boolean suppliedBy(Class<? extends Target> input) {
    return needs.isAssignableFrom(input);
  }

  /** Binds this parameter's value for the call at a position; the target is of the kind it {@link #suppliedBy needs}. */
  void bind(PreparedStatement statement, int position, Identity who, Target target) throws SQLException {
    Object value = source.value(who, target);
    if (value == null) {
      statement.setNull(position, Types.VARCHAR);
    } else if (jdbc == Jdbc.TEXT) {
      statement.setString(position, (String) value);
    } else {
      statement.setObject(position, value);
    }
  }
}
