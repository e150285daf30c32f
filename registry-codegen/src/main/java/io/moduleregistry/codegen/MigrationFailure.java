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
    int lead = leadingCommentsAndBlanks(statement);
    ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
    int position = server == null ? 0 : server.getPosition();
    // Flyway's line is the statement's first token's, while its text (which PostgreSQL's position
    // counts in) starts with the comments and blank lines before that token.
    int line = position <= 0 ? start : start - newlines(statement, 0, lead) + newlines(statement, 0, offset(statement, position));
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
    return report.append("Statement  : ").append(head(statement.substring(lead))).toString();
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

  /** The index in {@code statement} of PostgreSQL's 1-based position, which counts characters, not UTF-16 units. */
  private static int offset(String statement, int position) {
    int characters = statement.codePointCount(0, statement.length());
    return statement.offsetByCodePoints(0, Math.min(position - 1, characters));
  }

  private static int newlines(String text, int from, int to) {
    return (int) text.substring(from, to).chars().filter(c -> c == '\n').count();
  }

  /** Where the statement's first token starts: after the white space, line and (nested) block comments before it. */
  private static int leadingCommentsAndBlanks(String statement) {
    int i = 0;
    while (i < statement.length()) {
      if (Character.isWhitespace(statement.charAt(i))) {
        i++;
      } else if (statement.startsWith("--", i)) {
        int end = statement.indexOf('\n', i);
        i = end < 0 ? statement.length() : end + 1;
      } else if (statement.startsWith("/*", i)) {
        i = endOfBlockComment(statement, i);
      } else {
        break;
      }
    }
    return i;
  }

  /** The index after the block comment starting at {@code from}; PostgreSQL nests them. */
  private static int endOfBlockComment(String statement, int from) {
    int depth = 0;
    int i = from;
    while (i < statement.length()) {
      if (statement.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (statement.startsWith("*/", i)) {
        i += 2;
        if (--depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return i;
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
