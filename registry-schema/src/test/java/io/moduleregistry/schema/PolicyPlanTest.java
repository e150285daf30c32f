package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * At 20,000 orgs with 5 installations each and 60,000 memberships, a member's unfiltered reads are
 * index-driven: the policies' helpers run once (an InitPlan) and feed an index condition. Asserts
 * on the plan, not on time.
 */
class PolicyPlanTest {

  private static ScratchDatabase scratch;
  private static UUID memberId;

  @BeforeAll
  static void largeDataSet() throws SQLException {
    scratch = RegistryDatabase.shared().createScratchDatabase();
    RegistrySchema.migrate(scratch.dataSource());
    try (Connection c = scratch.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("insert into auth.users (id) select gen_random_uuid() from generate_series(1, 60000)");
      s.execute("insert into public.organizations (name) select 'org ' || g from generate_series(1, 20000) g");
      s.execute("insert into public.modules (id, name) select 'module-' || g, 'Module ' || g from generate_series(1, 5) g");
      s.execute("insert into public.org_members (org_id, user_id, role)"
          + " select o.id, u.id, (array['owner', 'admin', 'member'])[1 + u.n % 3]"
          + " from (select id, row_number() over (order by id) - 1 as n from auth.users) u"
          + " join (select id, row_number() over (order by id) - 1 as n from public.organizations) o on o.n = u.n % 20000");
      s.execute("insert into public.org_modules (org_id, module_id)"
          + " select o.id, m.id from public.organizations o cross join public.modules m");
      s.execute("analyze");
      try (ResultSet rs = s.executeQuery("select user_id from public.org_members where role = 'member' limit 1")) {
        rs.next();
        memberId = (UUID) rs.getObject(1);
      }
    }
  }

  @AfterAll
  static void drop() {
    scratch.close();
  }

  @Test
  void theDataSetHasTheAskedSize() throws SQLException {
    assertThat(ownerCount("public.organizations")).isEqualTo(20_000);
    assertThat(ownerCount("public.org_modules")).isEqualTo(100_000);
    assertThat(ownerCount("public.org_members")).isEqualTo(60_000);
  }

  @Test
  void aMembersUnfilteredReadOfOrgModulesUsesAnIndex() throws SQLException {
    String plan = planAsMember("select * from public.org_modules");
    assertThat(plan).doesNotContain("Seq Scan on org_modules");
    assertThat(plan).contains("org_modules_org_id_module_id_key").contains("InitPlan");
    assertThat(rowsAsMember("select * from public.org_modules")).isEqualTo(5);
  }

  @Test
  void aMembersReadOfHistoryMembershipsAndOrganizationsUsesIndexes() throws SQLException {
    assertThat(planAsMember("select * from public.org_module_events")).doesNotContain("Seq Scan on org_module_events");
    assertThat(planAsMember("select * from public.org_members")).doesNotContain("Seq Scan on org_members");
    assertThat(planAsMember("select * from public.organizations")).doesNotContain("Seq Scan on organizations");
    assertThat(rowsAsMember("select * from public.org_members")).isEqualTo(3);
  }

  @Test
  void thePolicyHelperLooksUpMembershipsByIndex() throws SQLException {
    try (Connection c = scratch.dataSource().getConnection();
         PreparedStatement s = c.prepareStatement("explain select org_id from public.org_members where user_id = ?")) {
      s.setObject(1, memberId);
      assertThat(text(s)).contains("org_members_user_id_idx").doesNotContain("Seq Scan");
    }
  }

  private static String planAsMember(String query) throws SQLException {
    return asMember("explain " + query, PolicyPlanTest::text);
  }

  private static long rowsAsMember(String query) throws SQLException {
    return asMember(query, s -> {
      long rows = 0;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows++;
        }
      }
      return rows;
    });
  }

  private interface Work<T> {
    T run(PreparedStatement statement) throws SQLException;
  }

  private static <T> T asMember(String sql, Work<T> work) throws SQLException {
    try (Connection c = scratch.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("select set_config('role', 'authenticated', true),"
          + " set_config('request.jwt.claims', ?, true)")) {
        s.setString(1, "{\"sub\":\"" + memberId + "\"}");
        s.execute();
      }
      try (PreparedStatement s = c.prepareStatement(sql)) {
        return work.run(s);
      } finally {
        c.rollback();
      }
    }
  }

  private static String text(PreparedStatement s) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        plan.append(rs.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  private static long ownerCount(String table) throws SQLException {
    try (Connection c = scratch.dataSource().getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
