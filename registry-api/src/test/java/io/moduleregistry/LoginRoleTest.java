package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A login role that was never granted {@code authenticated} and {@code service_role} (the commonest
 * set-up mistake) is named as such, with the grant to run: not reported as a caller who may not
 * act on an organization, which sends the reader the wrong way.
 */
class LoginRoleTest {

  private static final String ROLE = "registry_ungranted";

  private static RegistryDatabase db;
  private static ModuleRegistry registry;

  @BeforeAll
  static void ungrantedLoginRole() throws SQLException {
    db = RegistryDatabase.shared();
    String password = "ungranted-" + UUID.randomUUID();
    try (Connection owner = db.ownerDataSource().getConnection(); Statement s = owner.createStatement()) {
      s.execute("do $$ begin if not exists (select 1 from pg_catalog.pg_roles where rolname = '" + ROLE + "') then"
          + " create role " + ROLE + " login noinherit; end if; end $$");
      s.execute("revoke authenticated, service_role from " + ROLE);
      owner.unwrap(PGConnection.class).alterUserPassword(ROLE, password.toCharArray(), null);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(db.jdbcUrl());
    ds.setUser(ROLE);
    ds.setPassword(password);
    registry = ModuleRegistry.create(ds);
  }

  @Test
  void verifySchemaNamesTheMissingGrantOfServiceRole() {
    assertThatThrownBy(() -> registry.verifySchema())
        .isExactlyInstanceOf(RegistryException.class)
        .hasMessageContaining("may not switch to role service_role")
        .hasMessageContaining("grant service_role to " + ROLE)
        .satisfies(e -> assertThat(((RegistryException) e).code()).isEqualTo(RegistryErrorCode.UNEXPECTED));
  }

  @Test
  void aUserCallNamesTheMissingGrantOfAuthenticated() {
    Tenant acme = db.fixtures().tenant("Ungranted");
    assertThatThrownBy(() -> registry.asUser(acme.member()).isEnabled(acme.orgId(), "lr-agency"))
        .isExactlyInstanceOf(RegistryException.class)
        .hasMessageContaining("grant authenticated to " + ROLE)
        .hasMessageNotContaining("owners and admins");
    assertThatThrownBy(() -> registry.asUser(acme.admin()).install(acme.orgId(), "lr-agency"))
        .isExactlyInstanceOf(RegistryException.class)
        .hasMessageContaining("grant authenticated to " + ROLE)
        .hasMessageContaining("Nothing was changed");
  }
}
