package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * One statement, built with jOOQ from the generated classes and rendered ONCE, together with the
 * scope that precedes it; each call then only binds values and runs it through pgjdbc. Rendering
 * is most of what jOOQ costs per call (profiled: ~70% of the client's CPU in a user-scoped
 * {@code isEnabled}), and a hot path such as {@code isEnabled} should not pay it on every request.
 *
 * <p>The statement is built with sentinel arguments ({@link Slot}); every bind value that is a
 * sentinel becomes a slot filled from the call's arguments, any other value (a literal {@code
 * true}, say) stays bound as rendered.
 *
 * @param <T> what a call returns
 */
final class PreparedCall<T> {

  /** Reads the statement's rows into the call's result. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  /** A placeholder argument, recognised among jOOQ's bind values after rendering. */
  record Slot(int index, Object sentinel) {}

  private static final String ROLE = "\u0000role";
  private static final String CLAIMS = "\u0000claims";

  private final String sql;
  private final Object[] binds;
  private final Reader<T> reader;

  private PreparedCall(String sql, Object[] binds, Reader<T> reader) {
    this.sql = sql;
    this.binds = binds;
    this.reader = reader;
  }

  /**
   * Renders the scope and the statement.
   *
   * @param statement built with the slots' sentinels as arguments
   * @param slots the sentinels, in argument order
   */
  static <T> PreparedCall<T> render(DSLContext dsl, ResultQuery<?> statement, List<Slot> slots, Reader<T> reader) {
    Query scope = dsl.query("select set_config('role', {0}, true), set_config('request.jwt.claims', {1}, true)",
        DSL.val(ROLE), DSL.val(CLAIMS));
    ResultQuery<?> both = dsl.resultQuery("{0};\n{1}", scope, statement);
    List<Object> values = dsl.extractBindValues(both);
    Object[] binds = new Object[values.size()];
    for (int i = 0; i < binds.length; i++) {
      Object value = values.get(i);
      binds[i] = ROLE.equals(value) ? Scoping.ROLE : CLAIMS.equals(value) ? Scoping.CLAIMS : slotOf(value, slots);
    }
    return new PreparedCall<>(dsl.render(both), binds, reader);
  }

  /** Runs the call on a connection (autocommit on: one implicit transaction) and reads its rows. */
  T run(Connection connection, Identity who, Object... arguments) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < binds.length; i++) {
        bind(statement, i + 1, binds[i], who, arguments);
      }
      statement.execute();
      if (!statement.getMoreResults()) {
        throw new IllegalStateException("the statement returned no rows after the scope: " + sql);
      }
      try (ResultSet rows = statement.getResultSet()) {
        return reader.read(rows);
      }
    }
  }

  /** The SQL sent, for tests and debugging. */
  String sql() {
    return sql;
  }

  /** The two values every call binds first: the role and the claims of its identity. */
  private enum Scoping { ROLE, CLAIMS }

  private static Object slotOf(Object value, List<Slot> slots) {
    for (Slot slot : slots) {
      if (slot.sentinel() == value || (!(value instanceof JsonNode) && Objects.equals(slot.sentinel(), value))) {
        return slot;
      }
    }
    return value;
  }

  private static void bind(PreparedStatement s, int position, Object bind, Identity who, Object[] arguments)
      throws SQLException {
    Object value = bind == Scoping.ROLE ? who.role()
        : bind == Scoping.CLAIMS ? who.claims()
        : bind instanceof Slot slot ? arguments[slot.index()]
        : bind;
    if (value == null) {
      // Typed on purpose: an untyped NULL makes pgjdbc describe the statement first, in a round
      // trip of its own that ends the implicit transaction and with it the scope (the statement
      // then fails as the login role, which may do nothing: fail closed, but fail).
      s.setNull(position, Types.VARCHAR);
    } else if (value instanceof String text) { // JSON arrives as text, rendered as cast(? as jsonb)
      s.setString(position, text);
    } else if (value instanceof Boolean flag) {
      s.setBoolean(position, flag);
    } else {
      s.setObject(position, value);
    }
  }
}
