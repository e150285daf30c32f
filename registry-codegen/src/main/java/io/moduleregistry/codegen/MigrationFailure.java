package io.moduleregistry.codegen;

import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.resource.Resource;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a failed migration reports: the file, the line PostgreSQL points at (not only the line its
 * statement starts on, which for a function body can be far above it), PostgreSQL's message and
 * SQLSTATE, and the start of the statement. Flyway's own message says "run Flyway with -X" to see
 * the statement, advice that does not fit a Maven build or this command line.
 */
final class MigrationFailure {

  private static final int STATEMENT_LINES = 3;

  private MigrationFailure() {}

  /** The report of {@code e}; Flyway's own message where the failure was not an SQL statement's. */
  static String describe(FlywayException e) {
    FlywaySqlScriptException script = find(e);
    if (script == null || !(script.getCause() instanceof SQLException sql)) {
      return e.getMessage();
    }
    Resource file = script.getResource();
    String statement = script.getStatement() == null ? "" : script.getStatement();
    int start = script.getLineNumber();
    ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
    int line = start + linesBefore(statement, server == null ? 0 : server.getPosition());
    StringBuilder report = new StringBuilder()
        .append("Migration  : ").append(file.getFilename()).append('\n')
        .append("Location   : ").append(location(file)).append('\n')
        .append("Line       : ").append(line).append(line == start ? "" : " (its statement starts on line " + start + ")")
        .append('\n')
        .append("Message    : ").append(firstLine(sql.getMessage())).append('\n')
        .append("SQL State  : ").append(sql.getSQLState()).append('\n');
    if (server != null && server.getWhere() != null) {
      report.append("Where      : ").append(server.getWhere()).append('\n');
    }
    return report.append("Statement  : ").append(head(statement)).toString();
  }

  /** The failed SQL statement somewhere in the cause chain, or null where none failed. */
  private static FlywaySqlScriptException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FlywaySqlScriptException script) {
        return script;
      }
    }
    return null;
  }

  /** Line breaks before PostgreSQL's 1-based character position in the statement (0: none given). */
  private static int linesBefore(String statement, int position) {
    int end = Math.min(Math.max(position - 1, 0), statement.length());
    return (int) statement.substring(0, end).chars().filter(c -> c == '\n').count();
  }

  private static String location(Resource file) {
    String onDisk = file.getAbsolutePathOnDisk();
    return onDisk != null ? onDisk : file.getAbsolutePath();
  }

  private static String firstLine(String text) {
    int end = text == null ? -1 : text.indexOf('\n');
    return end < 0 ? String.valueOf(text) : text.substring(0, end);
  }

  private static String head(String statement) {
    String[] lines = statement.strip().split("\n", STATEMENT_LINES + 1);
    String shown = String.join("\n             ", Arrays.copyOf(lines, Math.min(lines.length, STATEMENT_LINES)));
    return lines.length > STATEMENT_LINES ? shown + "\n             …" : shown;
  }
}
