package io.moduleregistry;

import java.sql.SQLException;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Results;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Runs one statement as an {@link Identity} in ONE network round trip: the transaction-local
 * {@code role} and {@code request.jwt.claims} settings and the statement go to PostgreSQL as one
 * multi-statement string. pgjdbc sends it as one batch with a single Sync, which PostgreSQL runs
 * as one implicit transaction: the statement sees the role and claims, the next user of the
 * pooled connection sees neither, and a failure rolls back both.
 */
final class ScopedExecutor {

  private final DSLContext dsl;

  ScopedExecutor(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * Runs the query as {@code who} and returns its rows.
   *
   * @throws RegistryException translated from the database's error, in terms of the action
   */
  Result<Record> fetch(Identity who, Action action, UUID orgId, String moduleId, ResultQuery<?> query) {
    Query scope = dsl.query("select set_config('role', {0}, true), set_config('request.jwt.claims', {1}, true)",
        DSL.val(who.role()), DSL.val(who.claims()));
    try {
      Results results = dsl.resultQuery("{0};\n{1}", scope, query).fetchMany();
      if (results.size() < 2) {
        throw new IllegalStateException("expected the scope's row and the statement's rows, got "
            + results.size() + " results");
      }
      return results.get(1);
    } catch (DataAccessException e) {
      SQLException cause = e.getCause(SQLException.class);
      if (cause == null) {
        cause = new SQLException(e.getMessage(), e.sqlState(), e);
      }
      throw SqlErrors.translate(cause, action, who, orgId, moduleId);
    }
  }
}
