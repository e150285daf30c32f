package io.moduleregistry.schema;

import static io.moduleregistry.schema.SqlStates.INSTALLATION_MOVED;
import static io.moduleregistry.schema.SqlStates.INSUFFICIENT_PRIVILEGE;
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

/**
 * Every table, every action, as owner, admin, member, stranger, anon and service, through the app
 * login role switching role and claims as a real client does. Each statement is rolled back.
 */
class RowLevelSecurityTest {

  private static final String INSTALLED = "rls-agency";
  private static final String AVAILABLE = "rls-crm";

  private static DataSource app;
  private static Tenant acme;
  private static Tenant globex;
  private static Caller owner;
  private static Caller admin;
  private static Caller member;
  private static Caller stranger;
  private static final Caller anon = Caller.anon();
  private static final Caller service = Caller.service();

  @BeforeAll
  static void data() {
    RegistryDatabase db = RegistryDatabase.shared();
    app = db.appDataSource();
    Fixtures f = db.fixtures();
    f.module(INSTALLED, "Agency");
    f.module(AVAILABLE, "CRM");
    acme = f.tenant("Acme");
    globex = f.tenant("Globex");
    f.install(acme.orgId(), INSTALLED);
    f.install(globex.orgId(), INSTALLED);
    f.update("update public.org_modules set settings = '{\"seats\": 3}' where org_id = ?", acme.orgId());
    owner = Caller.user("owner", acme.owner());
    admin = Caller.user("admin", acme.admin());
    member = Caller.user("member", acme.member());
    stranger = Caller.user("stranger", globex.owner());
  }

  // --- modules: signed-in users read, only service_role writes ---

  @Test
  void signedInUsersAndServiceReadTheCatalogAnonReadsNothing() throws SQLException {
    for (Caller c : List.of(owner, admin, member, stranger, service)) {
      assertThat(c.count(app, "select * from public.modules where id in (?, ?)", INSTALLED, AVAILABLE))
          .as(c.name()).isEqualTo(2);
    }
    assertThatThrownBy(() -> anon.count(app, "select * from public.modules")).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
  }

  @Test
  void onlyServiceChangesTheCatalog() throws SQLException {
    for (Caller c : List.of(owner, admin, member, stranger, anon)) {
      assertThatThrownBy(() -> c.update(app, "insert into public.modules (id, name) values ('rls-new', 'New')"))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
      assertThatThrownBy(() -> c.update(app, "update public.modules set name = 'x' where id = ?", AVAILABLE))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
      assertThatThrownBy(() -> c.update(app, "delete from public.modules where id = ?", AVAILABLE))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    }
    assertThat(service.update(app, "insert into public.modules (id, name) values ('rls-new', 'New')")).isEqualTo(1);
    assertThat(service.update(app, "update public.modules set is_active = false where id = ?", AVAILABLE)).isEqualTo(1);
    assertThat(service.update(app, "delete from public.modules where id = ?", AVAILABLE)).isEqualTo(1);
  }

  // --- org_modules: members read, owners and admins write, strangers see nothing ---

  @Test
  void membersReadTheirInstallationsStrangersAndAnonDoNot() throws SQLException {
    for (Caller c : List.of(owner, admin, member)) {
      assertThat(c.count(app, "select * from public.org_modules")).as(c.name()).isEqualTo(1);
      assertThat(c.text(app, "select settings ->> 'seats' from public.org_modules where org_id = ?", acme.orgId()))
          .as(c.name()).isEqualTo("3");
    }
    assertThat(stranger.count(app, "select * from public.org_modules where org_id = ?", acme.orgId())).isZero();
    assertThat(stranger.count(app, "select * from public.org_modules")).isEqualTo(1); // its own org's
    assertThatThrownBy(() -> anon.count(app, "select * from public.org_modules")).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    assertThat(service.count(app, "select * from public.org_modules where org_id in (?, ?)", acme.orgId(), globex.orgId()))
        .isEqualTo(2);
  }

  @Test
  void ownersAdminsAndServiceInstallMembersAndStrangersCannot() throws SQLException {
    String install = "insert into public.org_modules (org_id, module_id) values (?, ?)";
    for (Caller c : List.of(owner, admin, service)) {
      assertThat(c.update(app, install, acme.orgId(), AVAILABLE)).as(c.name()).isEqualTo(1);
    }
    for (Caller c : List.of(member, stranger, anon)) {
      assertThatThrownBy(() -> c.update(app, install, acme.orgId(), AVAILABLE))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    }
  }

  @Test
  void ownersAdminsAndServiceChangeInstallationsOthersChangeNothing() throws SQLException {
    String disable = "update public.org_modules set enabled = false, settings = '{}' where org_id = ? and module_id = ?";
    for (Caller c : List.of(owner, admin, service)) {
      assertThat(c.update(app, disable, acme.orgId(), INSTALLED)).as(c.name()).isEqualTo(1);
    }
    // Members see the row but the update policy filters it out; strangers do not see it at all.
    for (Caller c : List.of(member, stranger)) {
      assertThat(c.update(app, disable, acme.orgId(), INSTALLED)).as(c.name()).isZero();
    }
    assertThatThrownBy(() -> anon.update(app, disable, acme.orgId(), INSTALLED)).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
  }

  @Test
  void ownersAdminsAndServiceUninstallOthersRemoveNothing() throws SQLException {
    String uninstall = "delete from public.org_modules where org_id = ? and module_id = ?";
    for (Caller c : List.of(owner, admin, service)) {
      assertThat(c.update(app, uninstall, acme.orgId(), INSTALLED)).as(c.name()).isEqualTo(1);
    }
    for (Caller c : List.of(member, stranger)) {
      assertThat(c.update(app, uninstall, acme.orgId(), INSTALLED)).as(c.name()).isZero();
    }
    assertThatThrownBy(() -> anon.update(app, uninstall, acme.orgId(), INSTALLED)).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
  }

  @Test
  void nobodyMovesAnInstallationToAnotherOrg() {
    String move = "update public.org_modules set org_id = ? where org_id = ? and module_id = ?";
    // Clients may only write enabled and settings; a move is refused by privilege...
    for (Caller c : List.of(owner, admin, member, stranger, anon)) {
      assertThatThrownBy(() -> c.update(app, move, globex.orgId(), acme.orgId(), INSTALLED))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    }
    // ...and even service_role, which bypasses RLS, is stopped by the trigger.
    assertThatThrownBy(() -> service.update(app, "update public.org_modules set org_id = ? where org_id = ? and module_id = ?",
        UUID.randomUUID(), acme.orgId(), INSTALLED)).satisfies(sqlState(INSTALLATION_MOVED));
    assertThatThrownBy(() -> service.update(app, "update public.org_modules set module_id = ? where org_id = ? and module_id = ?",
        AVAILABLE, acme.orgId(), INSTALLED)).satisfies(sqlState(INSTALLATION_MOVED));
  }

  @Test
  void adminsCannotInstallIntoAnotherOrg() {
    assertThatThrownBy(() -> admin.update(app, "insert into public.org_modules (org_id, module_id) values (?, ?)",
        globex.orgId(), AVAILABLE)).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
  }

  // --- org_module_events: members read; nobody writes directly; the service deletes ---

  @Test
  void membersReadTheirHistoryNobodyWritesIt() throws SQLException {
    for (Caller c : List.of(owner, admin, member)) {
      assertThat(c.count(app, "select * from public.org_module_events where org_id = ?", acme.orgId()))
          .as(c.name()).isGreaterThanOrEqualTo(2); // installed, settings_changed
    }
    assertThat(stranger.count(app, "select * from public.org_module_events where org_id = ?", acme.orgId())).isZero();
    assertThatThrownBy(() -> anon.count(app, "select * from public.org_module_events")).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    for (Caller c : List.of(owner, admin, member, stranger, anon, service)) {
      assertThatThrownBy(() -> c.update(app,
          "insert into public.org_module_events (org_id, module_id, event) values (?, 'x', 'installed')", acme.orgId()))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
      assertThatThrownBy(() -> c.update(app, "update public.org_module_events set event = 'enabled' where org_id = ?", acme.orgId()))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    }
    // Only the service deletes, for retention (HistoryVisibilityTest).
    for (Caller c : List.of(owner, admin, member, stranger, anon)) {
      assertThatThrownBy(() -> c.update(app, "delete from public.org_module_events where org_id = ?", acme.orgId()))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    }
    assertThat(service.update(app, "delete from public.org_module_events where org_id = ?", acme.orgId())).isPositive();
  }

  // --- tenancy baseline ---

  @Test
  void membersSeeTheirOrganizationAndTeammatesOnly() throws SQLException {
    for (Caller c : List.of(owner, admin, member)) {
      assertThat(c.count(app, "select * from public.organizations")).as(c.name()).isEqualTo(1);
      assertThat(c.count(app, "select * from public.org_members")).as(c.name()).isEqualTo(3);
    }
    assertThat(stranger.count(app, "select * from public.organizations where id = ?", acme.orgId())).isZero();
    assertThat(stranger.count(app, "select * from public.org_members where org_id = ?", acme.orgId())).isZero();
    assertThatThrownBy(() -> anon.count(app, "select * from public.organizations")).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    assertThatThrownBy(() -> anon.count(app, "select * from public.org_members")).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
  }

  @Test
  void clientsCannotChangeOrganizationsOrMemberships() {
    for (Caller c : List.of(owner, admin, member, stranger, anon)) {
      assertThatThrownBy(() -> c.update(app, "update public.organizations set name = 'x' where id = ?", acme.orgId()))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
      assertThatThrownBy(() -> c.update(app, "update public.org_members set role = 'owner' where org_id = ?", acme.orgId()))
          .as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
      assertThatThrownBy(() -> c.update(app, "insert into public.org_members (org_id, user_id, role) values (?, ?, 'owner')",
          acme.orgId(), globex.member())).as(c.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    }
  }

  @Test
  void claimsWithoutSubOrEmptyMeanNoUser() throws SQLException {
    Caller noSub = new Caller("no sub", "authenticated", "{\"role\":\"authenticated\"}");
    Caller empty = new Caller("empty claims", "authenticated", "");
    for (Caller c : List.of(noSub, empty)) {
      assertThat(c.text(app, "select auth.uid()")).as(c.name()).isNull();
      assertThat(c.count(app, "select * from public.org_modules")).as(c.name()).isZero();
    }
  }

  @Test
  void nothingLeaksToTheNextTransactionOnTheSameConnection() throws SQLException {
    DataSource single = RegistryDatabase.shared().appDataSource();
    assertThat(owner.count(single, "select * from public.org_modules")).isEqualTo(1);
    try (var c = single.getConnection(); var s = c.createStatement();
         var rs = s.executeQuery("select current_user, current_setting('role'), current_setting('request.jwt.claims', true)")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(RegistryDatabase.APP_ROLE);
      assertThat(rs.getString(2)).isEqualTo("none");
      assertThat(rs.getString(3)).isEmpty();
    }
  }
}
