package io.moduleregistry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs one {@link PreparedCall} as an {@link Identity} in ONE network round trip: the
 * transaction-local {@code role} and {@code request.jwt.claims} settings and the statement go to
 * PostgreSQL as one multi-statement string. pgjdbc sends it as one batch with a single Sync, which
 * PostgreSQL runs as one implicit transaction: the statement sees the role and claims, the next
 * user of the pooled connection sees neither, and a failure rolls back both.
 *
 * <p>A pool may hand out connections with autoCommit off (a common Spring Boot setting). Such a
 * connection has no transaction open yet, so the call switches autoCommit on for itself, which
 * pgjdbc does without a round trip, and back off afterwards: the call still commits on its own in
 * one round trip, and the pool gets the connection back as it gave it. Where the {@link
 * ConnectionSource} says the caller has a transaction open on the connection, the call joins it
 * instead, and restores the caller's role and claims in the same round trip.
 */
final class ScopedExecutor {

  /** A write that changed nothing: RLS filtered it or the row is absent (the reason follows). */
  private static final CallListener.Outcome REFUSED = new CallListener.Outcome(null, true);

  private final ConnectionSource connections;
  private final List<CallListener> listeners;

  ScopedExecutor(ConnectionSource connections, List<CallListener> listeners) {
    this.connections = connections;
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Runs the call as {@code who}, its parameters bound from {@code target}.
   *
   * <p>A read whose connection broke (the server restarted, a pooler or the network closed it) is
   * run once more on a fresh connection, since reading twice is harmless (when no connection could
   * be had at all, the pool has already waited its timeout: that is reported at once); a write never is: if its
   * connection broke after it was sent, it may have committed, and the caller is told so ({@link
   * RegistryOutcomeUnknownException}). Neither is retried inside a caller's transaction, which the
   * broken connection took with it.
   *
   * @throws RegistryException translated from the database's error, in terms of the action and target
   */
  <I extends Target, T> T run(PreparedCall<I, T> call, Identity who, Action action, I target) {
    return run(call, who, action, target, PreparedCall.TransactionId.IGNORED);
  }

  /**
   * As {@link #run(PreparedCall, Identity, Action, Target)}, telling {@code transaction} the
   * caller's transaction id when the call joined one that has an id: a write made there is not
   * committed yet when this returns, and the snapshot must know which transaction to wait for.
   *
   * @throws RegistryException translated from the database's error, in terms of the action and target
   */
  <I extends Target, T> T run(PreparedCall<I, T> call, Identity who, Action action, I target,
      PreparedCall.TransactionId transaction) {
    return attempt(call.name(), action.writes(), false,
        (connection, joined) -> joined ? call.runJoined(connection, who, target, transaction)
            : call.run(connection, who, target),
        translation(action, who, target), result -> action.writes() && changedNothing(result));
  }

  /**
   * Runs the call once per identity in one round trip ({@link PreparedCall#runEach}), as {@link
   * #run} runs one: a read, retried once on a broken connection; inside a caller's transaction one
   * joined call after another.
   *
   * @throws RegistryException translated from the database's error; reported as the first identity's
   */
  <T> List<T> runEach(PreparedCall<Target.None, T> call, List<Identity> who, Action action) {
    if (who.isEmpty()) {
      return List.of();
    }
    return attempt(call.name(), action.writes(), false, (connection, joined) -> {
      if (!joined) {
        return call.runEach(connection, who, Target.NONE);
      }
      List<T> results = new java.util.ArrayList<>(who.size());
      for (Identity one : who) {
        results.add(call.runJoined(connection, one, Target.NONE, PreparedCall.TransactionId.IGNORED));
      }
      return results;
    }, translation(action, who.get(0), Target.NONE), result -> false);
  }

  /** The registry's own translation of a call's failure, in terms of the action, identity and target. */
  private static Translation translation(Action action, Identity who, Target target) {
    return (e, state) -> state.loginRole != null
        ? SqlErrors.roleSwitchDenied(e, action, who, target, state.loginRole)
        : SqlErrors.translate(e, action, who, target, state.sent, state.joined);
  }

  /**
   * Runs a service's own SQL as {@code who} (see {@link CallerSql}): like {@link #run}, a read
   * whose connection broke once more on a fresh one; in a transaction of its own when {@code
   * transaction} (committed when the work returns, rolled back when it throws), else with
   * autoCommit on; joined to the caller's transaction where the source says one is open.
   *
   * @throws RegistryException translated by {@link SqlErrors#translateOwn}
   */
  <T> T runOwn(String name, Identity who, boolean writes, boolean transaction, OnConnection<T> work) {
    return attempt(name, writes, transaction, work,
        (e, state) -> SqlErrors.translateOwn(e, name, who, writes, state.sent, state.joined, state.loginRole),
        result -> false);
  }

  /** Work on one connection, told whether it runs inside the caller's transaction. */
  @FunctionalInterface
  interface OnConnection<T> {
    T run(Connection connection, boolean joined) throws SQLException;
  }

  private interface Translation {
    RegistryException of(SQLException e, Attempt state);
  }

  private <T> T attempt(String name, boolean writes, boolean transaction, OnConnection<T> work,
      Translation translation, java.util.function.Predicate<T> refused) {
    long started = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      Attempt state = new Attempt();
      try {
        T result = runOnConnection(work, transaction, state);
        if (!listeners.isEmpty()) {
          notify(name, started, refused.test(result) ? REFUSED : CallListener.Outcome.SUCCESS);
        }
        return result;
      } catch (SQLException e) {
        if (attempt == 1 && !writes && state.sent && !state.joined && SqlErrors.isBrokenConnection(e)) {
          continue; // an idempotent read on a connection that broke: once more, on a fresh one (the pool evicted it)
        }
        RegistryException failure = translation.of(e, state);
        if (!listeners.isEmpty()) {
          notify(name, started, new CallListener.Outcome(failure, false));
        }
        throw failure;
      }
    }
  }

  /** What one attempt got as far as, so that a failure can say whether the write may have happened. */
  private static final class Attempt {
    /** A connection was had and the call ran on it: the statement may have reached the server. */
    boolean sent;
    /** The call ran inside the caller's transaction. */
    boolean joined;
    /** Set when the login role, so named, may not switch to the call's role: a set-up mistake. */
    @Nullable String loginRole;
  }

  private <T> T runOnConnection(OnConnection<T> work, boolean transaction, Attempt state) throws SQLException {
    Connection connection = connections.acquire();
    try {
      if (connections.inCallerTransaction(connection)) {
        state.joined = true;
        state.sent = true;
        return work.run(connection, true);
      }
      boolean autoCommit = connection.getAutoCommit();
      if (autoCommit == transaction) {
        connection.setAutoCommit(!transaction);
      }
      try {
        state.sent = true;
        return transaction ? inOwnTransaction(work, connection) : work.run(connection, false);
      } finally {
        if (autoCommit == transaction) {
          connection.setAutoCommit(autoCommit);
        }
      }
    } catch (SQLException e) {
      if (SqlErrors.isRoleSwitchDenied(e)) {
        state.loginRole = connection.getMetaData().getUserName(); // from the connection's properties, no round trip
      }
      throw e;
    } finally {
      connections.release(connection);
    }
  }

  /** Commits when the work returns; rolls back when it throws, whatever it throws. */
  private static <T> T inOwnTransaction(OnConnection<T> work, Connection connection) throws SQLException {
    T result;
    try {
      result = work.run(connection, false);
    } catch (SQLException | RuntimeException | Error e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
    connection.commit();
    return result;
  }

  private static boolean changedNothing(Object result) {
    return Boolean.FALSE.equals(result) || (result instanceof Optional<?> optional && optional.isEmpty());
  }

  private void notify(String name, long started, CallListener.Outcome outcome) {
    long nanos = System.nanoTime() - started;
    for (CallListener listener : listeners) {
      listener.onCall(name, nanos, outcome);
    }
  }
}
