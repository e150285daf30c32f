package io.moduleregistry.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.moduleregistry.testkit.Await;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.moduleregistry.ModuleRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service over real HTTP on a random port: its own Flyway migrations after the
 * registry's, a HikariCP pool with autoCommit off, HS256 tokens signed here, the guarded endpoint
 * as owner, admin, member, stranger and anonymous, a transaction joining the registry's write to
 * the service's own, health and the snapshot. The same test runs on Spring Boot 4 (this module)
 * and on Spring Boot 3.5 (examples/registry-example-service-boot3), so it names no type the two
 * lines place differently.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleServiceHttpTest {

  private static final String SECRET = "test-secret-of-at-least-thirty-two-bytes!!";
  private static final RegistryDatabase DB = RegistryDatabase.start();
  private static Tenant acme;
  private static Tenant globex;
  private static Tenant initech;
  private static UUID stranger;

  @Value("${local.server.port}")
  int port;

  @Autowired
  ModuleRegistry registry;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    serviceOn(DB, registry);
  }

  /** The service's properties for a test on its own database: the registry's login, the owner's for Flyway. */
  static void serviceOn(RegistryDatabase db, DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", db::jdbcUrl);
    registry.add("spring.datasource.username", () -> RegistryDatabase.APP_ROLE);
    registry.add("spring.datasource.password", db::appPassword);
    registry.add("spring.flyway.user", db::ownerUser);
    registry.add("spring.flyway.password", db::ownerPassword);
    registry.add("example.jwt-secret", () -> SECRET);
  }

  @BeforeAll
  static void fixtures() {
    acme = DB.fixtures().tenant("Acme");
    globex = DB.fixtures().tenant("Globex");
    initech = DB.fixtures().tenant("Initech");
    stranger = DB.fixtures().user();
    DB.fixtures().module("reports", "Reports");
    DB.fixtures().module("invoices", "Invoices");
    DB.fixtures().install(acme.orgId(), "reports");
  }

  @AfterAll
  static void drop() {
    DB.close();
  }

  @Test
  void theGuardedEndpointAnswersMembersOfAnOrganizationWithTheModuleAndNobodyElse() throws Exception {
    String path = "/orgs/" + acme.orgId() + "/reports";
    assertThat(get(path, acme.owner()).statusCode()).isEqualTo(200);
    assertThat(get(path, acme.admin()).statusCode()).isEqualTo(200);
    HttpResponse<String> member = get(path, acme.member());
    assertThat(member.statusCode()).isEqualTo(200);
    assertThat(member.body()).contains(acme.orgId().toString());
    assertThat(get(path, stranger).statusCode()).as("a stranger sees a missing route").isEqualTo(404);
    assertThat(get(path, globex.owner()).statusCode()).as("another org's owner too").isEqualTo(404);
    assertThat(get(path, null).statusCode()).as("anonymous: Spring Security answers before the guard")
        .isEqualTo(401);
    assertThat(get("/orgs/" + globex.orgId() + "/reports", globex.owner()).statusCode())
        .as("an org without the module").isEqualTo(404);
    assertThat(get("/orgs/not-a-uuid/reports", acme.owner()).statusCode()).isEqualTo(404);
  }

  @Test
  void installsRunAsTheCallerAndAreKeptWithAutoCommitOff() throws Exception {
    String path = "/orgs/" + acme.orgId() + "/modules/invoices";
    assertThat(post(path, acme.member()).statusCode()).as("a member may not install").isEqualTo(403);
    assertThat(post(path, stranger).statusCode()).as("a stranger gets the same answer as a member").isEqualTo(403);
    assertThat(post(path, acme.admin()).statusCode()).isEqualTo(201);
    assertThat(DB.fixtures().queryValue(
        "select count(*) from public.org_modules where org_id = ? and module_id = 'invoices'", acme.orgId()))
        .as("the write survived the pool's autoCommit=false").isEqualTo(1L);
    assertThat(post(path, acme.owner()).statusCode()).isEqualTo(409);
  }

  @Test
  void theServicesOwnMigrationsRanAfterTheRegistrysInTheirOwnHistory() {
    assertThat(DB.fixtures().queryValue("select count(*) from public.flyway_schema_history where version = '1'"))
        .isEqualTo(1L);
    assertThat(DB.fixtures().queryValue("select count(*) from pg_type where typname = 'report_format'")).isEqualTo(1L);
  }

  @Test
  void healthReportsTheRegistryAndTheSnapshotIsOn() throws Exception {
    HttpResponse<String> health = get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"moduleRegistry\"").contains("\"UP\"");
    assertThat(registry.snapshotStats()).as("module-registry.snapshot.enabled=true").isPresent();
  }

  @Test
  void theRegistrysWriteJoinsTheServicesTransactionAndRollsBackWithIt() throws Exception {
    String setup = "/orgs/" + initech.orgId() + "/reports/setup?format=";
    assertThat(post(setup + "xls", initech.admin()).statusCode()).as("an unknown format fails the run's insert")
        .isEqualTo(422);
    assertThat(installed(initech, "reports")).as("the install rolled back with it").isEqualTo(0L);
    assertThat(runs(initech)).isEqualTo(0L);

    HttpResponse<String> created = post(setup + "csv", initech.admin());
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).as("Installation as Boot's mapper writes it: settings an object, not a JsonNode bean")
        .contains("\"settings\":{}").doesNotContain("nodeType");
    assertThat(installed(initech, "reports")).isEqualTo(1L);
    assertThat(runs(initech)).isEqualTo(1L);
    // The snapshot learns of the commit through NOTIFY: wait for the guard to let the member in.
    String guarded = "/orgs/" + initech.orgId() + "/reports";
    Await.until("the member to be let in to " + guarded, () -> statusOf(guarded, initech.member()) == 200);
  }

  private static Object installed(Tenant t, String module) {
    return DB.fixtures().queryValue("select count(*) from public.org_modules where org_id = ? and module_id = ?",
        t.orgId(), module);
  }

  private static Object runs(Tenant t) {
    return DB.fixtures().queryValue("select count(*) from public.report_runs where org_id = ?", t.orgId());
  }

  private HttpResponse<String> get(String path, UUID user) throws Exception {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The status of a GET, for a wait's condition (which may not throw checked exceptions). */
  private int statusOf(String path, UUID user) {
    try {
      return get(path, user).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    }
  }

  private HttpResponse<String> post(String path, UUID user) throws Exception {
    return http.send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, UUID user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    return user == null ? request : request.header("Authorization", "Bearer " + token(user));
  }

  /** An access token as Supabase issues them: HS256, sub, role and aud "authenticated". */
  static String token(UUID user) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
        .subject(user.toString())
        .claim("role", "authenticated")
        .audience("authenticated")
        .issueTime(Date.from(Instant.now()))
        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
        .build());
    jwt.sign(new MACSigner(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return jwt.serialize();
  }
}
