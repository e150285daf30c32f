package io.moduleregistry.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The login role services connect as, {@value RegistryDatabase#APP_ROLE}: LOGIN, NOINHERIT, granted
 * {@code authenticated} and {@code service_role} and nothing else, like Supabase's {@code
 * authenticator}. Needs the registry's migrations (they create the two roles).
 */
final class AppRole {

  private AppRole() {}

  /**
   * Creates the role where it does not exist (roles are cluster-wide: once per server) and gives it
   * this run's password, sent hashed by pgjdbc's {@code alterUserPassword}, never spliced into SQL.
   *
   * @throws IllegalStateException if it cannot be set up, with PostgreSQL's message
   */
  static void ensure(DataSource owner, String password) {
    String role = RegistryDatabase.APP_ROLE;
    try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
      s.execute("do $$ begin"
          + " if not exists (select 1 from pg_catalog.pg_roles where rolname = '" + role + "') then"
          + " create role " + role + " login noinherit; end if;"
          + " exception when duplicate_object then null; end $$");
      s.execute("alter role " + role + " login noinherit");
      c.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), null);
      s.execute("grant authenticated, service_role to " + role);
    } catch (SQLException e) {
      throw new IllegalStateException("could not set up role " + role
          + " (are the registry's migrations applied?): " + e.getMessage(), e);
    }
  }
}
