package io.moduleregistry.schema;

import static io.moduleregistry.schema.SqlStates.INSUFFICIENT_PRIVILEGE;
import static io.moduleregistry.schema.SqlStates.sqlState;
import static io.moduleregistry.schema.Transactions.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.Fixtures;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Requirements held in the database against direct SQL, as PostgREST sends it (role authenticated
 * with claims) and as the service: whoever writes, an organization never has an enabled module
 * whose requirements are not installed, enabled, active and in range, and the catalog stays consistent.
 */
class ModuleRequirementsSqlTest {

  static final String UNMET = "MR191";
  static final String DEPENDENTS = "MR192";
  static final String OUT_OF_RANGE = "MR193";
  static final String CYCLE = "MR194";

  private static DataSource app;
  private static Fixtures f;
  private static final Caller service = Caller.service();

  @BeforeAll
  static void catalog() throws SQLException {
    RegistryDatabase db = RegistryDatabase.shared();
    app = db.appDataSource();
    f = db.fixtures();
    for (String id : new String[] {"rq-agency", "rq-crm", "rq-billing", "rq-base"}) {
      f.module(id, id);
    }
    f.update("update public.modules set version = '1.4.2' where id = 'rq-crm'");
    Transactions.commit(app, service, c -> {
      execute(c, "insert into public.module_requirements (module_id, requires_id, version_range) values"
          + " ('rq-agency', 'rq-crm', '^1.2'), ('rq-agency', 'rq-billing', '*'), ('rq-crm', 'rq-base', '>=1.0.0 <2')");
    });
  }

  private static String install(String... modules) {
    return "insert into public.org_modules (org_id, module_id) values " + "(?, ?), ".repeat(modules.length - 1) + "(?, ?)";
  }

  private static Object[] pairs(UUID org, String... modules) {
    Object[] values = new Object[modules.length * 2];
    for (int i = 0; i < modules.length; i++) {
      values[2 * i] = org;
      values[2 * i + 1] = modules[i];
    }
    return values;
  }

  @Test
  void requirementsAreReadBySignedInUsersAndWrittenOnlyByTheService() throws SQLException {
    Tenant acme = f.tenant("Acme");
    Caller admin = Caller.user("admin", acme.admin());
    assertThat(admin.count(app, "select * from public.module_requirements where module_id = 'rq-agency'")).isEqualTo(2);
    assertThatThrownBy(() -> admin.update(app, "insert into public.module_requirements (module_id, requires_id)"
        + " values ('rq-billing', 'rq-base')")).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    assertThatThrownBy(() -> admin.update(app, "delete from public.module_requirements"))
        .satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    assertThatThrownBy(() -> Caller.anon().count(app, "select * from public.module_requirements"))
        .satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
  }

  @Test
  void anAdminInstallingThroughPostgrestIsHeldToTheRequirementsEachOneNamed() throws SQLException {
    Tenant acme = f.tenant("Acme");
    Caller admin = Caller.user("admin", acme.admin());
    assertThatThrownBy(() -> admin.update(app, install("rq-agency"), pairs(acme.orgId(), "rq-agency")))
        .satisfies(sqlState(UNMET))
        .satisfies(e -> assertThat(((PSQLException) e).getServerErrorMessage().getDetail())
            .contains("\"rq-agency\" requires \"rq-billing\" *, which is not installed")
            .contains("\"rq-agency\" requires \"rq-crm\" ^1.2, which is not installed"));
    // in one statement, requirements and dependents together: checked at its end
    assertThat(admin.update(app, install("rq-agency", "rq-crm", "rq-base", "rq-billing"),
        pairs(acme.orgId(), "rq-agency", "rq-crm", "rq-base", "rq-billing"))).isEqualTo(4);
  }

  @Test
  void aDisabledRequirementIsNamedAsSuch() {
    Tenant acme = f.tenant("Acme");
    Caller admin = Caller.user("admin", acme.admin());
    assertThatThrownBy(() -> Transactions.rollback(app, admin, c -> {
      execute(c, "insert into public.org_modules (org_id, module_id, enabled) values (?, 'rq-base', false)", acme.orgId());
      execute(c, install("rq-crm"), acme.orgId(), "rq-crm");
    })).satisfies(sqlState(UNMET)).hasMessageContaining("\"rq-crm\" cannot be enabled in organization " + acme.orgId());
  }

  @Test
  void uninstallingOrDisablingARequirementOfAnEnabledModuleIsRefusedNamingTheDependents() throws SQLException {
    Tenant acme = f.tenant("Acme");
    Transactions.commit(app, service, c -> execute(c, install("rq-base", "rq-crm", "rq-billing", "rq-agency"),
        pairs(acme.orgId(), "rq-base", "rq-crm", "rq-billing", "rq-agency")));
    Caller admin = Caller.user("admin", acme.admin());
    String delete = "delete from public.org_modules where org_id = ? and module_id = ?";
    String disable = "update public.org_modules set enabled = false where org_id = ? and module_id = ?";
    assertThatThrownBy(() -> admin.update(app, delete, acme.orgId(), "rq-crm")).satisfies(sqlState(DEPENDENTS))
        .satisfies(e -> assertThat(((PSQLException) e).getServerErrorMessage().getDetail())
            .isEqualTo("\"rq-agency\" is enabled and requires \"rq-crm\" ^1.2"));
    assertThatThrownBy(() -> admin.update(app, disable, acme.orgId(), "rq-base")).satisfies(sqlState(DEPENDENTS))
        .hasMessageContaining("cannot be disabled");
    assertThatThrownBy(() -> service.update(app, delete, acme.orgId(), "rq-billing")).satisfies(sqlState(DEPENDENTS));
    // dependents first, then the requirement: allowed, in one transaction or in one statement
    Transactions.rollback(app, admin, c -> {
      execute(c, disable, acme.orgId(), "rq-agency");
      execute(c, delete, acme.orgId(), "rq-crm");
    });
    assertThat(admin.update(app, "delete from public.org_modules where org_id = ?", acme.orgId())).isEqualTo(4);
    // a disabled dependent does not hold its requirement
    Transactions.rollback(app, admin, c -> {
      execute(c, disable, acme.orgId(), "rq-agency");
      execute(c, disable, acme.orgId(), "rq-crm");
      execute(c, delete, acme.orgId(), "rq-base");
    });
  }

  @Test
  void aRequirementInUseCannotBeDeactivatedAndAnInactiveOneBlocksEnabling() throws SQLException {
    f.module("rq-ledger", "Ledger");
    f.module("rq-audit", "Audit");
    Transactions.commit(app, service, c -> execute(c,
        "insert into public.module_requirements (module_id, requires_id) values ('rq-audit', 'rq-ledger')"));
    Tenant acme = f.tenant("Acme");
    Transactions.commit(app, service, c -> execute(c, install("rq-ledger", "rq-audit"),
        pairs(acme.orgId(), "rq-ledger", "rq-audit")));
    assertThatThrownBy(() -> service.update(app, "update public.modules set is_active = false where id = 'rq-ledger'"))
        .satisfies(sqlState(DEPENDENTS)).satisfies(e -> assertThat(((PSQLException) e).getServerErrorMessage().getDetail())
            .isEqualTo("organization " + acme.orgId() + ": \"rq-audit\" is enabled and requires \"rq-ledger\""));
    // with the dependent disabled, deactivation goes ahead; enabling the dependent again is then refused
    Caller admin = Caller.user("admin", acme.admin());
    Transactions.commit(app, admin, c -> execute(c,
        "update public.org_modules set enabled = false where org_id = ? and module_id = 'rq-audit'", acme.orgId()));
    Transactions.commit(app, service, c -> execute(c, "update public.modules set is_active = false where id = 'rq-ledger'"));
    try {
      assertThatThrownBy(() -> admin.update(app,
          "update public.org_modules set enabled = true where org_id = ? and module_id = 'rq-audit'", acme.orgId()))
          .satisfies(sqlState(UNMET)).satisfies(e -> assertThat(((PSQLException) e).getServerErrorMessage().getDetail())
              .isEqualTo("\"rq-audit\" requires \"rq-ledger\", which is deactivated in the catalog"));
    } finally {
      Transactions.commit(app, service, c -> execute(c, "update public.modules set is_active = true where id = 'rq-ledger'"));
    }
  }

  @Test
  void theCatalogRefusesRangesItsVersionsMissCyclesAndReversioningThatBreaksARange() throws SQLException {
    f.module("rq-x", "X");
    f.module("rq-y", "Y");
    f.module("rq-z", "Z");
    assertThatThrownBy(() -> Transactions.commit(app, service, c -> execute(c,
        "insert into public.module_requirements (module_id, requires_id, version_range) values ('rq-x', 'rq-y', '^2')")))
        .satisfies(sqlState(OUT_OF_RANGE)).hasMessageContaining("the catalog has version 1.0.0");
    assertThatThrownBy(() -> service.update(app, "insert into public.module_requirements (module_id, requires_id,"
        + " version_range) values ('rq-x', 'rq-y', '~>1')")).satisfies(sqlState(SqlStates.CHECK_VIOLATION));
    assertThatThrownBy(() -> Transactions.commit(app, service, c -> execute(c,
        "insert into public.module_requirements (module_id, requires_id) values"
            + " ('rq-x', 'rq-y'), ('rq-y', 'rq-z'), ('rq-z', 'rq-x')")))
        .satisfies(sqlState(CYCLE)).hasMessageContaining("rq-x -> rq-y -> rq-z -> rq-x");
    // crm 2.0 while agency requires ^1.2: refused; together with agency's new range: accepted, in either order
    assertThatThrownBy(() -> Transactions.commit(app, service, c -> execute(c,
        "update public.modules set version = '2.0.0' where id = 'rq-crm'")))
        .satisfies(sqlState(OUT_OF_RANGE)).satisfies(e -> assertThat(((PSQLException) e).getServerErrorMessage().getDetail())
            .isEqualTo("rq-agency: requires rq-crm ^1.2, the catalog would have 2.0.0"));
    Transactions.rollback(app, service, c -> {
      execute(c, "update public.modules set version = '2.0.0' where id = 'rq-crm'");
      execute(c, "update public.module_requirements set version_range = '^2' where module_id = 'rq-agency' and"
          + " requires_id = 'rq-crm'");
      execute(c, "set constraints all immediate"); // the deferred checks, now: they pass
    });
  }

  @Test
  void versionsCompareBySemVerPrecedenceInSql() throws SQLException {
    assertThat(service.text(app, "select module_registry.semver_compare('1.0.0-rc.1', '1.0.0')")).isEqualTo("-1");
    assertThat(service.text(app, "select module_registry.semver_compare('1.10.0', '1.9.0')")).isEqualTo("1");
    assertThat(service.text(app, "select module_registry.semver_satisfies('1.9.0', '^1.2')")).isEqualTo("t");
    assertThat(service.text(app, "select (module_registry.semver_range_bounds('>=3 <2')).problem"))
        .isEqualTo("matches no version");
  }
}
