package io.moduleregistry;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * A service's own SQL, run as a scope's caller with what the registry's own calls do: the role and
 * claims transaction-local, the older per-claim settings emptied, a joined caller's role and claims
 * restored, the same error translation.
 *
 * <p>One jOOQ statement is one round trip: jOOQ renders and binds it as always, on a connection
 * that prefixes {@link PreparedCall#SCOPE} (and, joined, {@link PreparedCall#SAVE} before and
 * {@link PreparedCall#RESTORE} after) to the statement it prepares, shifts jOOQ's bind positions
 * past the scope's two, and hands jOOQ the statement's own result. pgjdbc sends the whole string as
 * one batch with one Sync, as for {@link PreparedCall}. JDBC work runs in one transaction instead:
 * the scope first, then the work, then the commit.
 */
final class CallerSql {

  /** The scope as plain JDBC: role and claims at positions 1 and 2. */
  private static final String SCOPE = PreparedCall.SCOPE.replace("{0}", "?").replace("{1}", "?");
  private static final int SCOPE_BINDS = 2;

  /** Records come back detached: the connection they were read on is not theirs to keep. */
  private static final Settings SETTINGS = new Settings().withAttachRecords(false);

  /** What would end the caller's scope or transaction from inside: the registry does these. */
  private static final Set<String> REFUSED = Set.of("commit", "rollback", "setAutoCommit", "close", "abort");

  private final ScopedExecutor executor;
  private final Identity who;

  CallerSql(ScopedExecutor executor, Identity who) {
    this.executor = executor;
    this.who = who;
  }

  <R extends Record> Result<R> fetch(ResultQuery<R> query) {
    Objects.requireNonNull(query, "query must not be null");
    return executor.runOwn("fetch", who, !(query instanceof Select<?>), false,
        (connection, joined) -> jooq(() -> dsl(connection, joined).fetch(query)));
  }

  int execute(Query query) {
    Objects.requireNonNull(query, "query must not be null");
    return executor.runOwn("execute", who, !(query instanceof Select<?>), false,
        (connection, joined) -> jooq(() -> dsl(connection, joined).execute(query)));
  }

  <T> T inTransaction(JdbcWork<T> work) {
    Objects.requireNonNull(work, "work must not be null");
    return executor.runOwn("inTransaction", who, true, true, (connection, joined) -> {
      try (PreparedStatement scope = connection.prepareStatement(joined ? PreparedCall.SAVE + SCOPE : SCOPE)) {
        bindScope(scope);
        scope.execute();
      }
      if (!joined) {
        return work.run(guarded(connection, null));
      }
      T result;
      try {
        result = work.run(guarded(connection, null));
      } catch (SQLException | RuntimeException | Error e) {
        restoreAfterFailure(connection, e);
        throw e;
      }
      restore(connection);
      return result;
    });
  }

  /** jOOQ over a connection that scopes each statement it prepares. */
  private DSLContext dsl(Connection connection, boolean joined) {
    String before = joined ? PreparedCall.SAVE + SCOPE + ";\n" : SCOPE + ";\n";
    return DSL.using(guarded(connection, new Wrap(before, joined ? PreparedCall.RESTORE : "", joined ? 2 : 1)),
        SQLDialect.POSTGRES, SETTINGS);
  }

  /** What a scoped statement adds around the service's: its SQL before and after, and how many results come first. */
  private record Wrap(String before, String after, int resultsBefore) {}

  @FunctionalInterface
  private interface JooqCall<T> {
    T run();
  }

  /** jOOQ's own exception carries the driver's; the executor translates that one. */
  private static <T> T jooq(JooqCall<T> call) throws SQLException {
    try {
      return call.run();
    } catch (DataAccessException e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof SQLException sql) {
          throw sql;
        }
      }
      throw e;
    }
  }

  private void bindScope(PreparedStatement statement) throws SQLException {
    statement.setString(1, who.role());
    statement.setString(2, who.claims());
  }

  private static void restore(Connection connection) throws SQLException {
    try (PreparedStatement restore = connection.prepareStatement(PreparedCall.RESTORE.substring(2))) {
      restore.execute();
    }
  }

  /** After failed work: the caller's identity back where the transaction still allows it (an aborted one does not). */
  private static void restoreAfterFailure(Connection connection, Throwable failure) {
    try {
      restore(connection);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * The connection as the service's code sees it: what would end the scope refused; with a {@code
   * wrap}, every statement prepared on it scoped (jOOQ's case), and nothing else may run on it.
   */
  private Connection guarded(Connection real, @Nullable Wrap wrap) {
    return proxy(Connection.class, real, (method, args) -> {
      String name = method.getName();
      boolean noArgumentRollback = name.equals("rollback") && (args == null || args.length == 0);
      if (REFUSED.contains(name) && (!name.equals("rollback") || noArgumentRollback)) {
        throw new IllegalStateException("the registry " + (name.equals("close") ? "closes" : "commits or rolls back")
            + " this connection when your work returns; " + name + " is not yours to call (throw to roll back)");
      }
      if (wrap != null && name.equals("prepareStatement")) {
        return scoped(real, method, args, wrap);
      }
      if (wrap != null && (name.equals("createStatement") || name.equals("prepareCall"))) {
        throw new IllegalStateException("only prepared statements can run as the caller in one round trip; jOOQ's"
            + " default statement type prepares them (do not set StatementType.STATIC_STATEMENT)");
      }
      return invoke(method, real, args);
    });
  }

  /** jOOQ's statement, with the scope before it and its bind positions shifted past the scope's. */
  private PreparedStatement scoped(Connection real, Method prepare, Object[] args, Wrap wrap) throws SQLException {
    Object[] scopedArgs = args.clone();
    String sql = ((String) args[0]).strip();
    while (sql.endsWith(";")) { // one statement: an empty one after it would shift the results
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    scopedArgs[0] = wrap.before() + sql + wrap.after();
    PreparedStatement statement = (PreparedStatement) invoke(prepare, real, scopedArgs);
    bindScope(statement);
    return proxy(PreparedStatement.class, statement, (method, a) -> {
      String name = method.getName();
      if (name.startsWith("set") && a != null && a.length >= 2 && method.getParameterTypes()[0] == int.class) {
        Object[] shifted = a.clone();
        shifted[0] = (Integer) a[0] + SCOPE_BINDS;
        return invoke(method, statement, shifted);
      }
      switch (name) {
        case "setFetchSize":
          return null; // the rows are read at once: a cursor would outlive the statements after it
        case "clearParameters":
          statement.clearParameters();
          bindScope(statement);
          return null;
        case "execute":
          if (a != null) {
            break;
          }
          statement.execute();
          return skip(statement, wrap.resultsBefore());
        case "executeQuery":
          statement.execute();
          if (!skip(statement, wrap.resultsBefore())) {
            throw new SQLException("the statement returned no rows: " + args[0], "02000");
          }
          return statement.getResultSet();
        case "executeUpdate":
          statement.execute();
          skip(statement, wrap.resultsBefore());
          return statement.getUpdateCount();
        case "executeLargeUpdate":
          statement.execute();
          skip(statement, wrap.resultsBefore());
          return statement.getLargeUpdateCount();
        case "addBatch", "executeBatch", "executeLargeBatch":
          throw new IllegalStateException("a batch cannot run as the caller in one statement: run its statements in"
              + " inTransaction, or one by one");
        default:
          break;
      }
      return invoke(method, statement, a);
    });
  }

  /** Moves past the scope's results; whether the statement's own result is rows. */
  private static boolean skip(PreparedStatement statement, int results) throws SQLException {
    boolean rows = false;
    for (int i = 0; i < results; i++) {
      rows = statement.getMoreResults();
    }
    return rows;
  }

  @FunctionalInterface
  private interface Handler {
    @Nullable Object handle(Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T real, Handler handler) {
    return type.cast(Proxy.newProxyInstance(CallerSql.class.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
            return invoke(method, real, args);
          }
          return handler.handle(method, args);
        }));
  }

  private static @Nullable Object invoke(Method method, Object target, Object @Nullable [] args) throws SQLException {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
