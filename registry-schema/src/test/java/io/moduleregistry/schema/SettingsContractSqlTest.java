package io.moduleregistry.schema;

import static io.moduleregistry.schema.SqlStates.CHECK_VIOLATION;
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
import org.postgresql.util.ServerErrorMessage;

/**
 * The settings contract held in the database for every writer (migration 20241205000100): direct SQL
 * as PostgREST sends it (role authenticated with claims) and as the service; defaults on install; a
 * merge patch checked on its result; a new schema that existing settings fail refused naming the
 * organizations. Violation texts come from module_registry.settings_violations.
 */
class SettingsContractSqlTest {

  static final String BROKEN = "MR196";
  static final String SCHEMA_REFUSED = "MR197";
  static final String SCHEMA = "{\"type\": \"object\", \"properties\": {"
      + "\"rounding\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 60},"
      + " \"mode\": {\"enum\": [\"strict\", \"lenient\"]}},"
      + " \"required\": [\"rounding\"], \"additionalProperties\": false}";
  static final String DEFAULTS = "{\"rounding\": 15, \"mode\": \"lenient\"}";

  private static DataSource app;
  private static Fixtures f;
  private static final Caller service = Caller.service();

  @BeforeAll
  static void catalog() {
    RegistryDatabase db = RegistryDatabase.shared();
    app = db.appDataSource();
    f = db.fixtures();
    f.module("sc-time", "Time");
    f.module("sc-plain", "Plain");
    f.update("update public.modules set settings_schema = ?::jsonb, settings_defaults = ?::jsonb where id = 'sc-time'",
        SCHEMA, DEFAULTS);
  }

  private static String settings(UUID org, String module) {
    return String.valueOf(f.queryValue("select settings::text from public.org_modules where org_id = ? and module_id = ?",
        org, module));
  }

  private static ServerErrorMessage server(Throwable thrown) {
    return ((PSQLException) thrown).getServerErrorMessage();
  }

  @Test
  void aFrontEndWriteThatBreaksTheSchemaIsRefusedWithTheContractsMessage() {
    Tenant acme = f.tenant("Acme");
    Caller admin = Caller.user("admin", acme.admin());
    assertThatThrownBy(() -> admin.update(app, "insert into public.org_modules (org_id, module_id, settings)"
        + " values (?, 'sc-time', '{\"rounding\": \"fifteen\"}')", acme.orgId()))
        .satisfies(sqlState(BROKEN))
        .satisfies(e -> {
          assertThat(server(e).getMessage()).isEqualTo("settings of module 'sc-time' for organization " + acme.orgId()
              + " break its settings schema: '/rounding' violates type");
          assertThat(server(e).getHint()).isEqualTo(
              "fix the settings to match the schema of module 'sc-time' version 1.0.0 (public.modules.settings_schema)");
          assertThat(server(e).getDetail()).isEqualTo("'/rounding' violates type");
        });
    assertThat(f.queryValue("select count(*) from public.org_modules where org_id = ?", acme.orgId())).isEqualTo(0L);
  }

  @Test
  void onlyACallerWhoMayWriteLearnsTheVerdictOthersGetRowLevelSecurity() {
    Tenant acme = f.tenant("Acme");
    for (Caller caller : new Caller[] {Caller.user("member", acme.member()), Caller.user("stranger", f.user())}) {
      assertThatThrownBy(() -> caller.update(app, "insert into public.org_modules (org_id, module_id, settings)"
          + " values (?, 'sc-time', '{\"rounding\": \"fifteen\"}')", acme.orgId()))
          .as(caller.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    }
  }

  @Test
  void installAppliesTheDefaultsUnderTheGivenSettingsAndUpdatesDoNotReapplyThem() throws SQLException {
    Tenant acme = f.tenant("Acme");
    Caller admin = Caller.user("admin", acme.admin());
    Transactions.commit(app, admin, c -> execute(c, "insert into public.org_modules (org_id, module_id, settings)"
        + " values (?, 'sc-time', '{\"rounding\": 30}')", acme.orgId()));
    assertThat(settings(acme.orgId(), "sc-time")).isEqualTo("{\"mode\": \"lenient\", \"rounding\": 30}");
    Transactions.commit(app, admin, c -> execute(c, "update public.org_modules set settings = '{\"rounding\": 5}'"
        + " where org_id = ? and module_id = 'sc-time'", acme.orgId()));
    assertThat(settings(acme.orgId(), "sc-time")).isEqualTo("{\"rounding\": 5}");
  }

  @Test
  void aMergePatchWhoseResultBreaksTheSchemaIsRefusedAndChangesNothing() throws SQLException {
    Tenant acme = f.tenant("Acme");
    Caller admin = Caller.user("admin", acme.admin());
    Transactions.commit(app, admin, c -> execute(c, "insert into public.org_modules (org_id, module_id)"
        + " values (?, 'sc-time')", acme.orgId()));
    String before = settings(acme.orgId(), "sc-time");
    assertThatThrownBy(() -> Transactions.commit(app, admin, c -> execute(c, "update public.org_modules set settings ="
        + " module_registry.jsonb_merge_patch(settings, '{\"rounding\": null, \"extra\": 1}')"
        + " where org_id = ? and module_id = 'sc-time'", acme.orgId())))
        .satisfies(sqlState(BROKEN))
        .satisfies(e -> assertThat(server(e).getMessage()).endsWith(
            "break its settings schema: '/extra' violates additionalProperties; '/rounding' violates required"));
    assertThat(settings(acme.orgId(), "sc-time")).isEqualTo(before);
  }

  @Test
  void settingsFarOverTheSizeLimitAreRefusedByTheSizeCheckWithoutAWalk() {
    // the walk keeps every location it queued: the trigger leaves a document this large to
    // org_modules_settings_size (before, its closed schema's walk answered MR196 first)
    Tenant acme = f.tenant("Acme");
    Caller admin = Caller.user("admin", acme.admin());
    assertThatThrownBy(() -> Transactions.commit(app, admin, c -> execute(c,
        "insert into public.org_modules (org_id, module_id, settings) select ?, 'sc-time',"
            + " jsonb_build_object('rounding', 15, 'tags', (select jsonb_agg(g) from generate_series(1, 300000) g))",
        acme.orgId())))
        .satisfies(sqlState(CHECK_VIOLATION))
        .satisfies(thrown -> assertThat(server(thrown).getConstraint()).isEqualTo("org_modules_settings_size"));
  }

  @Test
  void aModuleWithoutSchemaTakesAnyObjectAsBefore() throws SQLException {
    Tenant acme = f.tenant("Acme");
    Caller admin = Caller.user("admin", acme.admin());
    Transactions.commit(app, admin, c -> execute(c, "insert into public.org_modules (org_id, module_id, settings)"
        + " values (?, 'sc-plain', '{\"rounding\": \"fifteen\", \"gone\": null}')", acme.orgId()));
    assertThat(settings(acme.orgId(), "sc-plain")).isEqualTo("{\"gone\": null, \"rounding\": \"fifteen\"}");
    assertThatThrownBy(() -> admin.update(app, "update public.org_modules set settings = '[]'"
        + " where org_id = ? and module_id = 'sc-plain'", acme.orgId())).satisfies(sqlState(CHECK_VIOLATION));
  }

  @Test
  void theCatalogRefusesASchemaOutsideTheSubsetAndDefaultsThatBreakTheSchema() {
    f.module("sc-refused", "Refused");
    assertThatThrownBy(() -> service.update(app, "update public.modules set settings_schema ="
        + " '{\"type\": \"object\", \"oneOf\": []}' where id = 'sc-refused'"))
        .satisfies(sqlState(CHECK_VIOLATION))
        .satisfies(e -> assertThat(server(e).getConstraint()).isEqualTo("modules_settings_schema_subset"));
    assertThatThrownBy(() -> service.update(app, "update public.modules set settings_schema = '{\"type\": \"string\"}'"
        + " where id = 'sc-refused'"))
        .satisfies(e -> assertThat(server(e).getConstraint()).isEqualTo("modules_settings_schema_subset"));
    assertThatThrownBy(() -> service.update(app, "update public.modules set settings_schema = ?::jsonb,"
        + " settings_defaults = '{\"rounding\": 0}' where id = 'sc-refused'", SCHEMA))
        .satisfies(sqlState(CHECK_VIOLATION))
        .satisfies(e -> assertThat(server(e).getConstraint()).isEqualTo("modules_settings_defaults_valid"));
  }

  private static String manifest(String id, String version, String schema) {
    return "[{\"id\": \"" + id + "\", \"name\": \"Rev\", \"version\": \"" + version + "\", \"requires\": {},"
        + " \"settings_schema\": " + schema + ", \"settings_defaults\": {\"rounding\": 15}}]";
  }

  @Test
  void aNewSchemaThatExistingSettingsBreakIsRefusedNamingTheOrganizationsUntilTheyAreMigrated() throws SQLException {
    String loose = SCHEMA;
    String strict = SCHEMA.replace("\"maximum\": 60", "\"maximum\": 30");
    Transactions.commit(app, service, c -> Transactions.call(c, "select module_registry.sync_catalog(?::jsonb)",
        manifest("sc-rev", "1.0.0", loose)));
    Tenant fine = f.tenant("Fine");
    Tenant[] over = {f.tenant("Over 1"), f.tenant("Over 2")};
    f.update("insert into public.org_modules (org_id, module_id, settings) values (?, 'sc-rev', '{\"rounding\": 20}')",
        fine.orgId());
    for (Tenant t : over) {
      f.update("insert into public.org_modules (org_id, module_id, settings) values (?, 'sc-rev', '{\"rounding\": 45}')",
          t.orgId());
    }
    // PostgreSQL orders uuids as unsigned bytes, which is their text's order (UUID.compareTo is signed)
    UUID first = over[0].orgId().toString().compareTo(over[1].orgId().toString()) < 0 ? over[0].orgId() : over[1].orgId();
    UUID second = first.equals(over[0].orgId()) ? over[1].orgId() : over[0].orgId();
    assertThatThrownBy(() -> Transactions.commit(app, service, c -> Transactions.call(c,
        "select module_registry.sync_catalog(?::jsonb)", manifest("sc-rev", "2.0.0", strict))))
        .satisfies(sqlState(SCHEMA_REFUSED))
        .satisfies(e -> {
          assertThat(server(e).getMessage()).isEqualTo("module 'sc-rev' version 2.0.0 cannot have its new settings"
              + " schema: the settings of 2 organizations break it: " + first + ", " + second);
          assertThat(server(e).getDetail()).isEqualTo("organization " + first + ": '/rounding' violates maximum\n"
              + "organization " + second + ": '/rounding' violates maximum");
        });
    assertThat(f.queryValue("select version from public.modules where id = 'sc-rev'")).isEqualTo("1.0.0");
    // migrated in the same transaction, after the sync: the check runs at commit
    Transactions.commit(app, service, c -> {
      Transactions.call(c, "select module_registry.sync_catalog(?::jsonb)", manifest("sc-rev", "2.0.0", strict));
      execute(c, "update public.org_modules set settings = '{\"rounding\": 30}' where org_id = ? and module_id = 'sc-rev'",
          first);
      execute(c, "update public.org_modules set settings = '{\"rounding\": 30}' where org_id = ? and module_id = 'sc-rev'",
          second);
    });
    assertThat(f.queryValue("select version from public.modules where id = 'sc-rev'")).isEqualTo("2.0.0");
    assertThatThrownBy(() -> Caller.user("admin", over[0].admin()).update(app, "update public.org_modules set settings ="
        + " '{\"rounding\": 45}' where org_id = ? and module_id = 'sc-rev'", over[0].orgId()))
        .satisfies(sqlState(BROKEN));
  }

  @Test
  void theRefusalNamesTheFirstTenOrganizationsAndCountsTheRest() throws SQLException {
    Transactions.commit(app, service, c -> Transactions.call(c, "select module_registry.sync_catalog(?::jsonb)",
        manifest("sc-many", "1.0.0", "null")));
    for (int i = 0; i < 12; i++) {
      f.update("insert into public.org_modules (org_id, module_id, settings) values (?, 'sc-many', '{}')",
          f.tenant("Many " + i).orgId());
    }
    // the install applied the defaults; an update does not
    f.update("update public.org_modules set settings = '{}' where module_id = 'sc-many'");
    assertThatThrownBy(() -> Transactions.commit(app, service, c -> Transactions.call(c,
        "select module_registry.sync_catalog(?::jsonb)", manifest("sc-many", "1.1.0", SCHEMA))))
        .satisfies(sqlState(SCHEMA_REFUSED))
        .satisfies(e -> {
          assertThat(server(e).getMessage()).contains("the settings of 12 organizations break it: ").endsWith(" and 2 more");
          assertThat(server(e).getDetail().split("\n")).hasSize(10)
              .allSatisfy(line -> assertThat(line).endsWith(": '/rounding' violates required"));
        });
  }

  @Test
  void syncingTheSameContractAgainWritesNothing() throws SQLException {
    String sync = "select module_registry.sync_catalog(?::jsonb)";
    String document = "[{\"id\": \"sc-idem\", \"name\": \"Idem\", \"version\": \"1.0.0\", \"requires\": {},"
        + " \"settings_schema\": " + SCHEMA + ", \"settings_defaults\": " + DEFAULTS + "}]";
    Transactions.commit(app, service, c -> Transactions.call(c, sync, document));
    Object written = f.queryValue("select xmin::text from public.modules where id = 'sc-idem'");
    assertThat(f.queryValue("select settings_defaults::text from public.modules where id = 'sc-idem'"))
        .isEqualTo("{\"mode\": \"lenient\", \"rounding\": 15}");
    Transactions.commit(app, service, c -> Transactions.call(c, sync, document.replace("\"rounding\": 15, \"mode\": \"lenient\"",
        "\"mode\": \"lenient\", \"rounding\": 15")));
    assertThat(f.queryValue("select xmin::text from public.modules where id = 'sc-idem'")).isEqualTo(written);
    // a manifest without settings removes the contract
    Transactions.commit(app, service, c -> Transactions.call(c, sync, manifest("sc-idem", "1.0.0", "null")));
    assertThat(f.queryValue("select settings_schema is null from public.modules where id = 'sc-idem'")).isEqualTo(true);
  }
}
