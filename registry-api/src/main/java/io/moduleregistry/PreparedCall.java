package io.moduleregistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.conf.SettingsTools;
import org.jspecify.annotations.Nullable;

/**
 * One statement, built with jOOQ from the generated classes and rendered ONCE, together with the
 * scope that precedes it; each call then only binds values and runs it through pgjdbc. Rendering
 * is most of what jOOQ costs per call (profiled: ~70% of the client's CPU in a user-scoped
 * {@code isEnabled}), and a hot path such as {@code isEnabled} should not pay it on every request.
 *
 * <p>Statements are built with named {@link Parameter}s. Rendering finds, once, which parameter
 * stands at each {@code ?}: it renders the statement with named placeholders and with {@code ?},
 * and insists that the two agree, that every placeholder is a declared parameter or a value jOOQ
 * bound itself (a literal {@code true}, say), and so that every position is bound exactly once.
 *
 * <p>Each call takes one kind of {@link Target} ({@code I}): an operation cannot pass another, and
 * rendering checks once that this kind supplies every parameter the statement uses.
 *
 * @param <I> the kind of input a call takes
 * @param <T> what a call returns
 */
final class PreparedCall<I extends Target, T> {

  /** Reads the statement's rows into the call's result. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  /** Named placeholders are rendered as this prefix and the name: nothing else in our SQL looks like it. */
  private static final String PREFIX = "$$registry:";
  private static final Pattern PLACEHOLDER = Pattern.compile(Pattern.quote(PREFIX) + "([A-Za-z0-9_]+)");

  /**
   * PostgREST's older per-claim settings, which Supabase's {@code auth.uid()}, {@code auth.role()},
   * {@code auth.email()} and {@code auth.jwt()} read before {@code request.jwt.claims}: every call
   * empties them (transaction-local), so that a value left on a pooled connection never speaks for
   * the caller the call names.
   */
  private static final List<String> LEGACY_CLAIMS =
      List.of("request.jwt.claim.sub", "request.jwt.claim.role", "request.jwt.claim.email", "request.jwt.claim");

  /** The claim settings a call sets, and a joined call saves and restores. */
  private static final List<String> CLAIM_SETTINGS =
      Stream.concat(Stream.of("request.jwt.claims"), LEGACY_CLAIMS.stream()).toList();

  /** The scope: role and claims bound, the legacy claim settings emptied. */
  static final String SCOPE = "select set_config('role', {0}, true), set_config('request.jwt.claims', {1}, true)"
      + LEGACY_CLAIMS.stream().map(s -> ", set_config('" + s + "', '', true)").collect(Collectors.joining());

  /**
   * Before the scope, inside a caller's transaction: remembers the caller's role and claim
   * settings in settings of our own (transaction-local too), so that {@link #RESTORE} can put them back.
   */
  static final String SAVE = "select set_config('module_registry.outer_role', current_setting('role'), true)"
      + IntStream.range(0, CLAIM_SETTINGS.size()).mapToObj(i -> ", set_config('module_registry.outer_claim_" + i
          + "', coalesce(current_setting('" + CLAIM_SETTINGS.get(i) + "', true), ''), true)").collect(Collectors.joining())
      + ";\n";

  /** After the statement, inside a caller's transaction: the caller's role and claim settings again. */
  static final String RESTORE = ";\nselect set_config('role', current_setting('module_registry.outer_role'), true)"
      + IntStream.range(0, CLAIM_SETTINGS.size()).mapToObj(i -> ", set_config('" + CLAIM_SETTINGS.get(i)
          + "', current_setting('module_registry.outer_claim_" + i + "'), true)").collect(Collectors.joining());

  /**
   * Appended to {@link #RESTORE}'s select in a joined call: the caller's transaction id, if it has
   * one (every write that changed a row gave it one). The snapshot needs it to tell when that
   * transaction has ended (see {@link Snapshot#written}); {@code _if_assigned} assigns none to a
   * transaction that only read, and so also works on a read-only standby.
   */
  static final String TRANSACTION_ID = ", pg_catalog.pg_current_xact_id_if_assigned()::text";

  /** What a joined call tells of the caller's transaction id (an xid8, positive), when it has one. */
  @FunctionalInterface
  interface TransactionId {
    /** Ignores it: for calls whose transaction nobody needs to know. */
    TransactionId IGNORED = xid -> { };

    /**
     * Called once the joined call ran, with the id of the caller's transaction, when it has one (a
     * transaction that only read has none, and this is not called).
     *
     * @param xid the transaction's id, an xid8
     */
    void joined(long xid);
  }

  private final String sql;
  /** The same, for a call that joins a caller's transaction: saved, scoped, run, restored (with the transaction's id). */
  private final String joinedSql;
  /** Per position: the {@link Parameter} bound there, or the value jOOQ bound itself. */
  private final Object[] binds;
  private final Reader<T> reader;
  private String name = "call";

  private PreparedCall(String sql, Object[] binds, Reader<T> reader) {
    this.sql = sql;
    this.joinedSql = SAVE + sql + RESTORE + TRANSACTION_ID;
    this.binds = binds;
    this.reader = reader;
  }

  /**
   * Renders the scope and the statement, and finds each parameter's positions.
   *
   * @param input the kind of {@link Target} a call takes
   * @param statement built with {@link Parameter#param()}s for every value a call supplies
   * @throws IllegalStateException if the statement uses a parameter that is not declared or that
   *     {@code input} does not supply, or its positions cannot be found unambiguously (a bug in
   *     {@link Statements}, found when the registry is built)
   */
  static <I extends Target, T> PreparedCall<I, T> render(DSLContext dsl, Class<I> input, ResultQuery<?> statement,
      Reader<T> reader) {
    DSLContext named = dsl.configuration()
        .derive(SettingsTools.clone(dsl.settings()).withRenderNamedParamPrefix(PREFIX)).dsl();
    Query scope = named.query(SCOPE, Parameter.ROLE.param(), Parameter.CLAIMS.param());
    ResultQuery<?> both = named.resultQuery("{0};\n{1}", scope, statement);
    String indexed = named.render(both);
    List<Object> values = named.extractBindValues(both);
    List<Object> binds = new ArrayList<>();
    Matcher placeholders = PLACEHOLDER.matcher(named.renderNamedParams(both));
    StringBuilder sql = new StringBuilder();
    while (placeholders.find()) {
      placeholders.appendReplacement(sql, "?");
      String name = placeholders.group(1);
      Parameter<?> parameter = Parameter.BY_NAME.get(name);
      Object literal = binds.size() < values.size() ? values.get(binds.size()) : null;
      if (parameter != null && !parameter.suppliedBy(input)) {
        throw new IllegalStateException("parameter '" + name + "' is not supplied by a " + input.getSimpleName()
            + " target, in: " + indexed);
      } else if (parameter != null) {
        binds.add(parameter);
      } else if (name.chars().allMatch(Character::isDigit) && literal != null) {
        binds.add(literal);
      } else {
        throw new IllegalStateException("placeholder '" + name + "' is neither a declared Parameter nor a value bound"
            + " by jOOQ, in: " + indexed);
      }
    }
    placeholders.appendTail(sql);
    if (!sql.toString().equals(indexed) || binds.size() != values.size()) {
      throw new IllegalStateException("the named and the indexed rendering disagree (" + binds.size() + " placeholders, "
          + values.size() + " bind values): " + sql + " versus " + indexed);
    }
    return new PreparedCall<>(indexed, binds.toArray(), reader);
  }

  /** Runs the call on a connection (autocommit on: one implicit transaction) and reads its rows. */
  T run(Connection connection, Identity who, I target) throws SQLException {
    return execute(connection, sql, 1, who, target, null);
  }

  /**
   * Runs the call inside the caller's open transaction: the caller's role and claims are saved,
   * the scope set, the statement run and the caller's role and claims restored, in one round trip.
   * Nothing is committed; the caller's transaction decides.
   *
   * @param transaction told the caller's transaction id, read in the same round trip, when the
   *     transaction has one (not when it has written nothing yet)
   */
  T runJoined(Connection connection, Identity who, I target, TransactionId transaction) throws SQLException {
    return execute(connection, joinedSql, 2, who, target, transaction);
  }

  /** The operation's name, for listeners: the {@link Statements} field it is. */
  String name() {
    return name;
  }

  /** Names the call once, when {@link Statements} is built. */
  void name(String name) {
    this.name = name;
  }

  /**
   * Runs the call once per identity, each run with its own scope right before its statement, in
   * ONE round trip and one implicit transaction (autocommit on): every statement sees exactly the
   * role and claims of its own identity, as {@link #run} would, and none outlives the transaction.
   *
   * @return one result per identity, in order
   */
  List<T> runEach(Connection connection, List<Identity> who, I target) throws SQLException {
    String batch = String.join(";\n", java.util.Collections.nCopies(who.size(), sql));
    try (PreparedStatement statement = connection.prepareStatement(batch)) {
      for (int k = 0; k < who.size(); k++) {
        bind(statement, k * binds.length, who.get(k), target);
      }
      statement.execute();
      List<T> results = new ArrayList<>(who.size());
      for (int k = 0; k < who.size(); k++) {
        if ((k > 0 && !statement.getMoreResults()) || !statement.getMoreResults()) {
          throw new IllegalStateException("the batch returned fewer results than identities: " + sql);
        }
        try (ResultSet rows = statement.getResultSet()) {
          results.add(reader.read(rows));
        }
      }
      return results;
    }
  }

  private void bind(PreparedStatement statement, int offset, Identity who, Target target) throws SQLException {
    for (int i = 0; i < binds.length; i++) {
      if (binds[i] instanceof Parameter<?> parameter) {
        parameter.bind(statement, offset + i + 1, who, target);
      } else { // a value jOOQ bound itself; pgjdbc's setObject binds a Boolean as setBoolean does
        statement.setObject(offset + i + 1, binds[i]);
      }
    }
  }

  /** Runs {@code sql}, reads the rows of its result number {@code before}, and, joined, the transaction id after them. */
  private T execute(Connection connection, String sql, int before, Identity who, I target,
      @Nullable TransactionId transaction) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, 0, who, target);
      statement.execute();
      for (int i = 0; i < before; i++) {
        if (!statement.getMoreResults()) {
          throw new IllegalStateException("the statement returned no rows after the scope: " + sql);
        }
      }
      T result;
      try (ResultSet rows = statement.getResultSet()) {
        result = reader.read(rows);
      }
      if (transaction != null) {
        readTransactionId(statement, transaction);
      }
      return result;
    }
  }

  /** The restore's row, already received with the rest (pgjdbc reads every result of the batch): no round trip. */
  private static void readTransactionId(PreparedStatement statement, TransactionId transaction) throws SQLException {
    if (!statement.getMoreResults()) {
      throw new IllegalStateException("the joined call returned no row after the statement's");
    }
    try (ResultSet restored = statement.getResultSet()) {
      restored.next();
      String xid = restored.getString(restored.getMetaData().getColumnCount());
      if (xid != null) {
        transaction.joined(Long.parseLong(xid));
      }
    }
  }

  /** What is bound at each position, for tests and debugging: a parameter's name, or {@code =value}. */
  List<String> binds() {
    List<String> names = new ArrayList<>();
    for (Object bind : binds) {
      names.add(bind instanceof Parameter<?> parameter ? parameter.name() : "=" + bind);
    }
    return names;
  }

  /** The SQL sent, for tests and debugging. */
  String sql() {
    return sql;
  }
}
