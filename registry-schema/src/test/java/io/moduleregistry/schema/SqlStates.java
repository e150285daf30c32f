package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.function.Consumer;

/** AssertJ conditions on the SQLSTATE of a failed statement. */
final class SqlStates {

  static final String INSUFFICIENT_PRIVILEGE = "42501";
  static final String NOT_NULL_VIOLATION = "23502";
  static final String FOREIGN_KEY_VIOLATION = "23503";
  /** What PostgreSQL 18 reports for an ON DELETE RESTRICT foreign key (23503 before 18). */
  static final String RESTRICT_VIOLATION = "23001";
  static final String UNIQUE_VIOLATION = "23505";
  static final String CHECK_VIOLATION = "23514";
  static final String MODULE_INACTIVE = "MR001";
  static final String INSTALLATION_MOVED = "MR002";
  static final String HISTORY_APPEND_ONLY = "MR003";

  private SqlStates() {}

  static Consumer<Throwable> sqlState(String expected, String... orElse) {
    return thrown -> {
      assertThat(thrown).isInstanceOf(SQLException.class);
      assertThat(((SQLException) thrown).getSQLState()).as(thrown.getMessage()).isIn(concat(expected, orElse));
    };
  }

  private static Object[] concat(String first, String... rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
