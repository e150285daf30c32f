package io.moduleregistry.schema;

import static io.moduleregistry.schema.SqlStates.CHECK_VIOLATION;
import static io.moduleregistry.schema.SqlStates.FOREIGN_KEY_VIOLATION;
import static io.moduleregistry.schema.SqlStates.HISTORY_APPEND_ONLY;
import static io.moduleregistry.schema.SqlStates.MODULE_INACTIVE;
import static io.moduleregistry.schema.SqlStates.NOT_NULL_VIOLATION;
import static io.moduleregistry.schema.SqlStates.RESTRICT_VIOLATION;
import static io.moduleregistry.schema.SqlStates.UNIQUE_VIOLATION;
import static io.moduleregistry.schema.SqlStates.sqlState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.Fixtures;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registry's constraints, triggers and history, checked as service_role (RLS out of the way). */
class ConstraintsTest {

  private static DataSource app;
  private static Fixtures f;
  private static Tenant acme;
  private static final Caller service = Caller.service();

  @BeforeAll
  static void data() {
    RegistryDatabase db = RegistryDatabase.shared();
    app = db.appDataSource();
    f = db.fixtures();
    f.module("con-agency", "Agency");
    f.module("con-retired", "Retired");
    f.update("update public.modules set is_active = false where id = 'con-retired'");
    acme = f.tenant("Acme");
    f.install(acme.orgId(), "con-agency");
  }

  @Test
  void moduleIdsAreSlugs() throws SQLException {
    for (String bad : List.of("Agency", "agency_1", "-agency", "agency-", "1agency", "time--tracking", "", "a b")) {
      assertThatThrownBy(() -> service.update(app, "insert into public.modules (id, name) values (?, 'X')", bad))
          .as(bad).satisfies(sqlState(CHECK_VIOLATION));
    }
    assertThatThrownBy(() -> service.update(app, "insert into public.modules (id, name) values (?, 'X')", "a".repeat(64)))
        .satisfies(sqlState(CHECK_VIOLATION));
    for (String good : List.of("agency", "time-tracking", "crm2", "a")) {
      assertThat(service.update(app, "insert into public.modules (id, name) values (?, 'X')", good)).as(good).isEqualTo(1);
    }
  }

  @Test
  void versionsLookLikeSemver() throws SQLException {
    for (String bad : List.of("1.0", "v1.0.0", "01.0.0", "1.0.0.0", "1.0.0-", "latest", "")) {
      assertThatThrownBy(() -> service.update(app, "insert into public.modules (id, name, version) values ('con-v', 'X', ?)", bad))
          .as(bad).satisfies(sqlState(CHECK_VIOLATION));
    }
    for (String good : List.of("0.0.1", "1.2.3", "10.20.30", "1.0.0-beta.1", "1.0.0-rc.1+build.5")) {
      assertThat(service.update(app, "insert into public.modules (id, name, version) values ('con-v', 'X', ?)", good))
          .as(good).isEqualTo(1);
    }
    assertThat(service.text(app, "insert into public.modules (id, name) values ('con-v', 'X') returning version"))
        .isEqualTo("1.0.0");
  }

  @Test
  void requiredColumnsRejectNull() {
    assertThatThrownBy(() -> service.update(app, "insert into public.modules (id, name) values ('con-n', null)"))
        .satisfies(sqlState(NOT_NULL_VIOLATION));
    assertThatThrownBy(() -> service.update(app, "insert into public.modules (id, name, version) values ('con-n', 'X', null)"))
        .satisfies(sqlState(NOT_NULL_VIOLATION));
    assertThatThrownBy(() -> service.update(app, "insert into public.modules (id, name, is_active) values ('con-n', 'X', null)"))
        .satisfies(sqlState(NOT_NULL_VIOLATION));
    assertThatThrownBy(() -> service.update(app, "insert into public.modules (id, name) values ('con-n', '  ')"))
        .satisfies(sqlState(CHECK_VIOLATION));
    String install = "insert into public.org_modules (org_id, module_id, enabled, settings) values (?, ?, ?, ?::jsonb)";
    assertThatThrownBy(() -> service.update(app, install, null, "con-agency", true, "{}")).satisfies(sqlState(NOT_NULL_VIOLATION));
    Tenant other = f.tenant("Other");
    assertThatThrownBy(() -> service.update(app, install, other.orgId(), null, true, "{}")).satisfies(sqlState(NOT_NULL_VIOLATION));
    assertThatThrownBy(() -> service.update(app, install, other.orgId(), "con-agency", null, "{}")).satisfies(sqlState(NOT_NULL_VIOLATION));
    assertThatThrownBy(() -> service.update(app, install, other.orgId(), "con-agency", true, null)).satisfies(sqlState(NOT_NULL_VIOLATION));
  }

  @Test
  void settingsMustBeAJsonObjectOfAtMost64KiB() throws SQLException {
    String set = "update public.org_modules set settings = ?::jsonb where org_id = ? and module_id = 'con-agency'";
    for (String bad : List.of("[]", "\"text\"", "1", "true", "null")) {
      assertThatThrownBy(() -> service.update(app, set, bad, acme.orgId())).as(bad).satisfies(sqlState(CHECK_VIOLATION));
    }
    String large = "{\"blob\": \"" + "x".repeat(70_000) + "\"}";
    assertThatThrownBy(() -> service.update(app, set, large, acme.orgId())).satisfies(sqlState(CHECK_VIOLATION));
    assertThat(service.update(app, set, "{\"nested\": {\"a\": [1, 2]}}", acme.orgId())).isEqualTo(1);
  }

  @Test
  void theSettingsLimitIs64KiBOfCompactJsonNotOfJsonbsSpacedText() throws SQLException {
    String set = "update public.org_modules set settings = ?::jsonb where org_id = ? and module_id = 'con-agency'";
    StringBuilder members = new StringBuilder("{");
    for (int i = 0; i < 5_400; i++) {
      members.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
    }
    String small = members.append('}').toString(); // 63,694 bytes compact, 74,493 as jsonb's text
    assertThat(small.length()).isLessThan(65_536);
    assertThat(service.update(app, set, small, acme.orgId())).isEqualTo(1);
    String exactly = "{\"pad\":\"" + "x".repeat(65_536 - 10) + "\"}";
    assertThat(exactly).hasSize(65_536);
    assertThat(service.update(app, set, exactly, acme.orgId())).isEqualTo(1);
    String oneMore = "{\"pad\":\"" + "x".repeat(65_536 - 9) + "\"}";
    assertThatThrownBy(() -> service.update(app, set, oneMore, acme.orgId())).satisfies(sqlState(CHECK_VIOLATION));
    assertThat(f.queryValue("select module_registry.jsonb_compact_size(?::jsonb)", "{\"a\": [1, 2.50, {\"b, c\": \"d: e\"}]}"))
        .isEqualTo("{\"a\":[1,2.50,{\"b, c\":\"d: e\"}]}".length());
  }

  @Test
  void aModuleIsInstalledOncePerOrg() {
    assertThatThrownBy(() -> service.update(app, "insert into public.org_modules (org_id, module_id) values (?, 'con-agency')",
        acme.orgId())).satisfies(sqlState(UNIQUE_VIOLATION));
  }

  @Test
  void unknownModulesAndOrgsCannotBeInstalled() {
    assertThatThrownBy(() -> service.update(app, "insert into public.org_modules (org_id, module_id) values (?, 'con-nope')",
        acme.orgId())).satisfies(sqlState(FOREIGN_KEY_VIOLATION));
    assertThatThrownBy(() -> service.update(app, "insert into public.org_modules (org_id, module_id) values (?, 'con-agency')",
        UUID.randomUUID())).satisfies(sqlState(FOREIGN_KEY_VIOLATION));
  }

  @Test
  void anInactiveModuleCannotBeInstalledButStaysInstalledWhereItWas() throws SQLException {
    Tenant other = f.tenant("Other");
    assertThatThrownBy(() -> service.update(app, "insert into public.org_modules (org_id, module_id) values (?, 'con-retired')",
        other.orgId()))
        .satisfies(sqlState(MODULE_INACTIVE))
        .hasMessageContaining("con-retired");
    // Deactivating an installed module is allowed: the catalog keeps it, installs keep existing.
    assertThat(service.update(app, "update public.modules set is_active = false where id = 'con-agency'")).isEqualTo(1);
  }

  @Test
  void anInstalledModuleCannotBeDeletedFromTheCatalog() {
    assertThatThrownBy(() -> service.update(app, "delete from public.modules where id = 'con-agency'"))
        .satisfies(sqlState(FOREIGN_KEY_VIOLATION, RESTRICT_VIOLATION)); // PostgreSQL 18 says restrict_violation
  }

  @Test
  void deletingAnOrgRemovesItsMembersInstallationsAndHistory() {
    Tenant doomed = f.tenant("Doomed");
    f.install(doomed.orgId(), "con-agency");
    assertThat(f.queryValue("select count(*) from public.org_module_events where org_id = ?", doomed.orgId())).isEqualTo(1L);

    assertThat(f.update("delete from public.organizations where id = ?", doomed.orgId())).isEqualTo(1);

    assertThat(f.queryValue("select count(*) from public.org_members where org_id = ?", doomed.orgId())).isEqualTo(0L);
    assertThat(f.queryValue("select count(*) from public.org_modules where org_id = ?", doomed.orgId())).isEqualTo(0L);
    assertThat(f.queryValue("select count(*) from public.org_module_events where org_id = ?", doomed.orgId())).isEqualTo(0L);
  }

  @Test
  void theDatabaseRecordsEveryInstallationChangeWithItsActor() throws SQLException {
    Tenant t = f.tenant("History");
    // Run as the org's admin, committing, so the trigger sees a real caller.
    try (var c = app.getConnection()) {
      c.setAutoCommit(false);
      try (var s = c.prepareStatement("select set_config('role', 'authenticated', true),"
          + " set_config('request.jwt.claims', ?, true)")) {
        s.setString(1, "{\"sub\":\"" + t.admin() + "\"}");
        s.execute();
      }
      try (var s = c.createStatement()) {
        s.executeUpdate("insert into public.org_modules (org_id, module_id, settings) values ('" + t.orgId()
            + "', 'con-agency', '{\"a\": 1}')");
        s.executeUpdate("update public.org_modules set enabled = false where org_id = '" + t.orgId() + "'");
        s.executeUpdate("update public.org_modules set enabled = true, settings = '{\"a\": 2}' where org_id = '" + t.orgId() + "'");
        s.executeUpdate("delete from public.org_modules where org_id = '" + t.orgId() + "'");
      }
      c.commit();
    }
    String events = (String) f.queryValue("select string_agg(event || ':' || coalesce(old_settings::text, '-') || '>'"
        + " || coalesce(new_settings::text, '-'), ',' order by id) from public.org_module_events e"
        + " left join public.org_module_event_settings s on s.event_id = e.id where e.org_id = ?", t.orgId());
    assertThat(events).isEqualTo("installed:->{\"a\": 1},disabled:->-,enabled:->-,"
        + "settings_changed:{\"a\": 1}>{\"a\": 2},uninstalled:{\"a\": 2}>-");
    assertThat(f.queryValue("select count(distinct actor_id) from public.org_module_events where org_id = ? and actor_id = ?",
        t.orgId(), t.admin())).isEqualTo(1L);
    assertThat(f.queryValue("select count(*) from public.org_module_events where org_id = ? and actor_id is null", t.orgId()))
        .isEqualTo(0L);
  }

  @Test
  void historyCannotBeRewrittenEvenByTheOwner() {
    assertThatThrownBy(() -> f.update("update public.org_module_events set event = 'enabled' where org_id = ?", acme.orgId()))
        .hasCauseInstanceOf(SQLException.class)
        .cause().satisfies(sqlState(HISTORY_APPEND_ONLY));
  }

  @Test
  void serviceChangesAreRecordedWithoutAnActor() {
    Tenant t = f.tenant("Service");
    f.install(t.orgId(), "con-agency");
    assertThat(f.queryValue("select count(*) from public.org_module_events where org_id = ? and event = 'installed'"
        + " and actor_id is null", t.orgId())).isEqualTo(1L);
  }

  @Test
  void installedAtNeverChanges() {
    Tenant t = f.tenant("Times");
    f.install(t.orgId(), "con-agency");
    String read = "select installed_at::text from public.org_modules where org_id = ?";
    Object before = f.queryValue(read, t.orgId());
    f.update("update public.org_modules set installed_at = '2000-01-01', enabled = false where org_id = ?", t.orgId());
    assertThat(f.queryValue(read, t.orgId())).isEqualTo(before);
    assertThat(f.queryValue("select updated_at >= installed_at from public.org_modules where org_id = ?", t.orgId()))
        .isEqualTo(true);
  }
}
