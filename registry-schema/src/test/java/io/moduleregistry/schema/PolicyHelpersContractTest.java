package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.Fixtures;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code module_registry.member_org_ids()} and {@code admin_org_ids()} are a supported contract for
 * services' own policies (README: policies on your own tables): what the README promises about them
 * is checked here in the catalog, so that a later migration cannot change it unnoticed.
 */
class PolicyHelpersContractTest {

  @ParameterizedTest
  @ValueSource(strings = {"member_org_ids", "admin_org_ids"})
  void stableSecurityDefinerWithPinnedSearchPathExecutableByAuthenticatedAndServiceRoleOnly(String name) {
    Fixtures fixtures = RegistryDatabase.shared().fixtures();
    String function = "module_registry." + name + "()";
    assertThat(fixtures.queryValue("select p.provolatile::text || ' ' || p.prosecdef || ' '"
        + " || pg_catalog.format_type(p.prorettype, null) || ' ' || p.pronargs || ' '"
        + " || pg_catalog.array_to_string(p.proconfig, ',') from pg_catalog.pg_proc p where p.oid = ?::regprocedure",
        function)).isEqualTo("s true uuid[] 0 search_path=\"\"");
    for (String role : new String[] {"authenticated", "service_role"}) {
      assertThat(fixtures.queryValue("select has_function_privilege(?, ?::regprocedure, 'execute')", role, function))
          .as(role).isEqualTo(true);
    }
    assertThat(fixtures.queryValue("select has_function_privilege('anon', ?::regprocedure, 'execute')", function))
        .as("anon").isEqualTo(false);
    assertThat(fixtures.queryValue("select count(*) from pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a"
        + " where p.oid = ?::regprocedure and a.grantee = 0", function)).as("PUBLIC").isEqualTo(0L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"owner", "admin", "member", "stranger"})
  void theCallersOrganizationsByRole(String who) {
    RegistryDatabase db = RegistryDatabase.shared();
    Tenant acme = db.fixtures().tenant("Helpers");
    java.util.UUID user = who.equals("stranger") ? db.fixtures().user()
        : who.equals("owner") ? acme.owner() : who.equals("admin") ? acme.admin() : acme.member();
    String claims = "{\"sub\":\"" + user + "\",\"role\":\"authenticated\"}";
    Object members = db.fixtures().queryValue("select set_config('request.jwt.claims', ?, true) is not null"
        + " and ?::uuid = any (module_registry.member_org_ids())", claims, acme.orgId());
    Object admins = db.fixtures().queryValue("select set_config('request.jwt.claims', ?, true) is not null"
        + " and ?::uuid = any (module_registry.admin_org_ids())", claims, acme.orgId());
    assertThat(members).as("member_org_ids").isEqualTo(!who.equals("stranger"));
    assertThat(admins).as("admin_org_ids").isEqualTo(who.equals("owner") || who.equals("admin"));
  }
}
