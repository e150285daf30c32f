package io.moduleregistry.schema;

import static io.moduleregistry.schema.SqlStates.INSUFFICIENT_PRIVILEGE;
import static io.moduleregistry.schema.SqlStates.sqlState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.Fixtures;
import io.moduleregistry.testkit.MemberRole;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review's reproduction of finding 1, as a client sees it through PostgREST or direct SQL as
 * {@code authenticated}: after {"api_key":"A-secret-1"}, then A-secret-2, then {}, a member added
 * afterwards must not read either secret from any table or column; owners and admins read the
 * values, members read the events and which keys changed; service_role can apply a retention.
 */
class HistoryVisibilityTest {

  private static final String MODULE = "hist-secrets";

  private static DataSource app;
  private static Tenant acme;
  private static Caller owner;
  private static Caller admin;
  private static Caller member;
  private static Caller newcomer;
  private static Caller stranger;
  private static final Caller service = Caller.service();

  @BeforeAll
  static void rotateASecretThenAddAMember() {
    RegistryDatabase db = RegistryDatabase.shared();
    app = db.appDataSource();
    Fixtures f = db.fixtures();
    f.module(MODULE, "Secrets");
    acme = f.tenant("Rotations");
    Tenant globex = f.tenant("Elsewhere");
    f.install(acme.orgId(), MODULE);
    f.update("update public.org_modules set settings = '{\"api_key\": \"A-secret-1\", \"region\": \"eu\"}' where org_id = ?",
        acme.orgId());
    f.update("update public.org_modules set settings = '{\"api_key\": \"A-secret-2\", \"region\": \"eu\"}' where org_id = ?",
        acme.orgId());
    f.update("update public.org_modules set settings = '{}' where org_id = ?", acme.orgId());
    UUID late = f.user();
    f.member(acme.orgId(), late, MemberRole.MEMBER);
    owner = Caller.user("owner", acme.owner());
    admin = Caller.user("admin", acme.admin());
    member = Caller.user("member", acme.member());
    newcomer = Caller.user("new member", late);
    stranger = Caller.user("stranger", globex.owner());
  }

  /** Every row a client could select from the tables that hold settings, as JSON text. */
  private static final List<String> EVERYTHING = List.of(
      "select coalesce(string_agg(to_jsonb(e)::text, ' '), '') from public.org_module_events e",
      "select coalesce(string_agg(to_jsonb(s)::text, ' '), '') from public.org_module_event_settings s",
      "select coalesce(string_agg(to_jsonb(m)::text, ' '), '') from public.org_modules m");

  @Test
  void membersNeverReadPastSettingsValues() throws SQLException {
    for (Caller c : List.of(member, newcomer)) {
      for (String table : EVERYTHING) {
        assertThat(c.text(app, table)).as(c.name() + ": " + table).doesNotContain("A-secret").doesNotContain("\"eu\"");
      }
      assertThat(c.text(app, EVERYTHING.get(0))).as(c.name()).contains("settings_changed");
    }
  }

  @Test
  void membersSeeTheEventsAndWhichKeysChanged() throws SQLException {
    String changes = "select string_agg(event || ':' || array_to_string(changed_keys, '+'), ',' order by id)"
        + " from public.org_module_events where org_id = ?";
    for (Caller c : List.of(owner, admin, member, newcomer)) {
      assertThat(c.text(app, changes, acme.orgId())).as(c.name())
          .isEqualTo("installed:,settings_changed:api_key+region,settings_changed:api_key,settings_changed:api_key+region");
    }
    assertThat(stranger.text(app, changes, acme.orgId())).isNull();
  }

  @Test
  void ownersAndAdminsReadPastValues() throws SQLException {
    String values = "select string_agg(coalesce(s.old_settings ->> 'api_key', '-') || '>' || coalesce(s.new_settings ->> 'api_key', '-'),"
        + " ',' order by e.id) from public.org_module_events e join public.org_module_event_settings s on s.event_id = e.id"
        + " where e.org_id = ?";
    for (Caller c : List.of(owner, admin, service)) {
      assertThat(c.text(app, values, acme.orgId())).as(c.name()).isEqualTo("->-,->A-secret-1,A-secret-1>A-secret-2,A-secret-2>-");
    }
    for (Caller c : List.of(member, newcomer, stranger)) {
      assertThat(c.text(app, values, acme.orgId())).as(c.name()).isNull();
    }
    assertThatThrownBy(() -> Caller.anon().count(app, "select * from public.org_module_event_settings"))
        .satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
  }

  @Test
  void theServiceDeletesHistoryOlderThanADateOrOfOneOrganization() throws SQLException {
    assertThat(service.update(app, "delete from public.org_module_events where org_id = ?", acme.orgId())).isEqualTo(4);
    assertThat(service.update(app, "delete from public.org_module_events where occurred_at < ?",
        OffsetDateTime.now().plusMinutes(1))).isGreaterThanOrEqualTo(4);
    for (Caller c : List.of(owner, admin, member, stranger)) {
      assertThatThrownBy(() -> c.update(app, "delete from public.org_module_events where org_id = ?", acme.orgId()))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
      assertThatThrownBy(() -> c.update(app, "delete from public.org_module_event_settings"))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    }
  }

  @Test
  void aDeletedEventTakesItsValuesWithIt() throws SQLException {
    Fixtures f = RegistryDatabase.shared().fixtures();
    Tenant t = f.tenant("Purged");
    f.install(t.orgId(), MODULE);
    f.update("update public.org_modules set settings = '{\"api_key\": \"gone\"}' where org_id = ?", t.orgId());
    try (var c = app.getConnection()) {
      c.setAutoCommit(false);
      try (var s = c.prepareStatement("select set_config('role', 'service_role', true)")) {
        s.execute();
      }
      try (var s = c.prepareStatement("delete from public.org_module_events where org_id = ?")) {
        s.setObject(1, t.orgId());
        assertThat(s.executeUpdate()).isEqualTo(2);
      }
      c.commit();
    }
    assertThat(f.queryValue("select count(*) from public.org_module_event_settings where org_id = ?", t.orgId())).isEqualTo(0L);
  }

  @Test
  void anExistingDatabaseKeepsItsHistoryWithValuesMovedAndKeysComputed() throws SQLException {
    try (ScratchDatabase scratch = RegistryDatabase.shared().createScratchDatabase()) {
      RegistrySchema.configure(scratch.dataSource()).target("20241202000100").load().migrate();
      UUID org = UUID.randomUUID();
      try (var c = scratch.dataSource().getConnection(); var s = c.createStatement()) {
        s.execute("insert into public.organizations (id, name) values ('" + org + "', 'Before');"
            + " insert into public.modules (id, name) values ('old-mod', 'Old');"
            + " insert into public.org_modules (org_id, module_id, settings) values ('" + org + "', 'old-mod', '{\"a\": 1}');"
            + " update public.org_modules set enabled = false;"
            + " update public.org_modules set settings = '{\"a\": 1, \"b\": 2}';"
            + " delete from public.org_modules");
      }
      RegistrySchema.migrate(scratch.dataSource());
      try (var c = scratch.dataSource().getConnection(); var s = c.createStatement();
           var rs = s.executeQuery("select string_agg(e.event || ':' || array_to_string(e.changed_keys, '+') || ':'"
               + " || coalesce(v.old_settings::text, '-') || '>' || coalesce(v.new_settings::text, '-'), ',' order by e.id)"
               + " from public.org_module_events e left join public.org_module_event_settings v on v.event_id = e.id")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("installed:a:->{\"a\": 1},disabled::->-,"
            + "settings_changed:b:{\"a\": 1}>{\"a\": 1, \"b\": 2},uninstalled:a+b:{\"a\": 1, \"b\": 2}>-");
      }
    }
  }
}
