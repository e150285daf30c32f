package io.moduleregistry.openfeature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moduleregistry.ModuleDefinition;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.UserScope;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** OFREP's requests and responses over the evaluator, against the shared embedded database. */
class OfrepTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static RegistryDatabase db;
  private static ModuleRegistry registry;
  private static Tenant acme;
  private static UUID stranger;
  private static FlagEvaluator byContext;
  private static Ofrep ofrep;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    registry = ModuleRegistry.create(db.appDataSource());
    for (String id : List.of("ofrep-time", "ofrep-off", "ofrep-absent")) {
      registry.asService().registerModule(ModuleDefinition.of(id, id));
    }
    acme = db.fixtures().tenant("Acme OFREP");
    stranger = db.fixtures().user();
    registry.asService().install(acme.orgId(), "ofrep-time", Map.of("rounding", 15, "mode", "up", "a/b", Map.of("c", 1)));
    registry.asService().install(acme.orgId(), "ofrep-off", Map.of("rounding", 5));
    registry.asService().disable(acme.orgId(), "ofrep-off");
    byContext = FlagEvaluator.builder(registry).build();
    ofrep = new Ofrep(byContext, JSON);
  }

  @AfterAll
  static void tearDown() {
    byContext.close();
    registry.close();
  }

  static String request(UUID user, UUID org) {
    return "{\"context\": {\"targetingKey\": \"" + user + "\", \"organization\": \"" + org + "\"}}";
  }

  static JsonNode body(Ofrep.Response response) throws Exception {
    assertThat(response.headers()).containsEntry("Content-Type", "application/json");
    return JSON.readTree(response.body());
  }

  @Test
  void aSingleFlagAnswersAsTheProtocolDefines() throws Exception {
    Ofrep.Response on = ofrep.evaluate("ofrep-time", request(acme.member(), acme.orgId()));
    assertThat(on.status()).isEqualTo(200);
    assertThat(body(on)).isEqualTo(JSON.readTree(
        "{\"key\": \"ofrep-time\", \"reason\": \"TARGETING_MATCH\", \"variant\": \"enabled\", \"value\": true}"));
    assertThat(body(ofrep.evaluate("ofrep-time", request(stranger, acme.orgId()))).get("value").asBoolean()).isFalse();
    assertThat(body(ofrep.evaluate("ofrep-time.rounding", request(acme.member(), acme.orgId()))).get("value").asInt())
        .isEqualTo(15);
    assertThat(body(ofrep.evaluate("ofrep-time.a~1b", request(acme.member(), acme.orgId()))).get("value"))
        .isEqualTo(JSON.readTree("{\"c\": 1}"));

    JsonNode disabled = body(ofrep.evaluate("ofrep-off.rounding", request(acme.member(), acme.orgId())));
    assertThat(disabled.get("reason").asText()).isEqualTo("DISABLED");
    assertThat(disabled.has("value")).as("no value: the client's code default").isFalse();
    JsonNode strangers = body(ofrep.evaluate("ofrep-time.rounding", request(stranger, acme.orgId())));
    assertThat(strangers.has("value")).as("another tenant's setting is never sent").isFalse();
    JsonNode notSet = body(ofrep.evaluate("ofrep-time.missing", request(acme.member(), acme.orgId())));
    assertThat(notSet.get("reason").asText()).isEqualTo("STATIC");
    assertThat(notSet.has("value")).isFalse();
  }

  @Test
  void failuresHaveTheProtocolsStatusesAndCodes() throws Exception {
    assertFailure(ofrep.evaluate("ofrep-nothing", request(acme.member(), acme.orgId())), 404, "FLAG_NOT_FOUND");
    assertFailure(ofrep.evaluate("ofrep-time", "{not json"), 400, "PARSE_ERROR");
    assertFailure(ofrep.evaluate("ofrep-time", "{}"), 400, "INVALID_CONTEXT");
    assertFailure(ofrep.evaluate("ofrep-time", null), 400, "INVALID_CONTEXT");
    assertFailure(ofrep.evaluate("ofrep-time", "{\"context\": {\"organization\": \"" + acme.orgId() + "\"}}"),
        400, "TARGETING_KEY_MISSING");
    assertFailure(ofrep.evaluate("ofrep-time", "{\"context\": {\"targetingKey\": \"" + acme.member() + "\"}}"),
        400, "INVALID_CONTEXT");
    assertFailure(ofrep.evaluate("ofrep-time", "{\"context\": {\"targetingKey\": 42, \"organization\": \""
        + acme.orgId() + "\"}}"), 400, "INVALID_CONTEXT");
    assertFailure(ofrep.evaluate("ofrep-time.bad~2", request(acme.member(), acme.orgId())), 400, "PARSE_ERROR");

    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setURL("jdbc:postgresql://127.0.0.1:9/nowhere?connectTimeout=2");
    try (ModuleRegistry unreachable = ModuleRegistry.create(nowhere);
         FlagEvaluator evaluator = FlagEvaluator.builder(unreachable).build()) {
      Ofrep down = new Ofrep(evaluator, JSON);
      Ofrep.Response single = down.evaluate("ofrep-time", request(acme.member(), acme.orgId()));
      assertThat(single.status()).isEqualTo(500);
      assertThat(body(single).get("errorDetails").asText()).contains("ofrep-time");
      assertThat(down.evaluateAll(request(acme.member(), acme.orgId()), null).status()).isEqualTo(500);
    }
  }

  @Test
  void bulkAgreesWithIsEnabledForOwnerMemberAndStranger() throws Exception {
    for (UUID who : List.of(acme.owner(), acme.member(), stranger)) {
      Ofrep.Response response = ofrep.evaluateAll(request(who, acme.orgId()), null);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().get("ETag")).matches("\"[A-Za-z0-9_-]+\"");
      Map<String, JsonNode> flags = new HashMap<>();
      body(response).get("flags").forEach(flag -> flags.put(flag.get("key").asText(), flag));
      UserScope scope = registry.asUser(who);
      for (String module : List.of("ofrep-time", "ofrep-off", "ofrep-absent")) {
        assertThat(flags.get(module).get("value").asBoolean()).as(who + " " + module)
            .isEqualTo(scope.isEnabled(acme.orgId(), module));
      }
      boolean member = !who.equals(stranger);
      assertThat(flags.containsKey("ofrep-time.rounding")).as("the settings of an enabled module").isEqualTo(member);
      if (member) {
        assertThat(flags.get("ofrep-time.rounding").get("value").asInt()).isEqualTo(15);
        assertThat(flags.get("ofrep-time.a~1b").get("value")).isEqualTo(JSON.readTree("{\"c\": 1}"));
        // The bulk key reads back through the single endpoint.
        assertThat(body(ofrep.evaluate("ofrep-time.a~1b", request(who, acme.orgId()))).get("value"))
            .isEqualTo(flags.get("ofrep-time.a~1b").get("value"));
      }
      assertThat(flags).doesNotContainKey("ofrep-off.rounding");
    }
  }

  @Test
  void bulkAnswersNotModifiedForItsETagAndANewTagAfterAChange() throws Exception {
    Tenant t = db.fixtures().tenant("ETag");
    registry.asService().install(t.orgId(), "ofrep-time", Map.of("rounding", 1));
    String request = request(t.member(), t.orgId());
    Ofrep.Response first = ofrep.evaluateAll(request, null);
    String etag = first.headers().get("ETag");

    Ofrep.Response again = ofrep.evaluateAll(request, etag);
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isNull();
    assertThat(again.headers()).containsEntry("ETag", etag);
    assertThat(ofrep.evaluateAll(request, "\"other\", W/" + etag).status()).isEqualTo(304);
    assertThat(ofrep.evaluateAll(request, "\"other\"").status()).isEqualTo(200);
    assertThat(ofrep.evaluateAll(request(stranger, t.orgId()), etag).status()).as("another caller's answers").isEqualTo(200);

    registry.asService().mergeSettings(t.orgId(), "ofrep-time", Map.of("rounding", 2)); // another answer, another tag
    Ofrep.Response changed = ofrep.evaluateAll(request, etag);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.headers().get("ETag")).isNotEqualTo(etag);
  }

  @Test
  void bulkRefusesAContextThatNamesNobodyOrSomeoneElse() throws Exception {
    assertFailure(ofrep.evaluateAll("{\"context\": {}}", null), 400, "TARGETING_KEY_MISSING");
    assertFailure(ofrep.evaluateAll("[]", null), 400, "INVALID_CONTEXT");
    AtomicReference<UserScope> request = new AtomicReference<>(registry.asUser(stranger));
    try (FlagEvaluator trusted = FlagEvaluator.builder(registry).callerSource(request::get).build()) {
      Ofrep fromJwt = new Ofrep(trusted, JSON);
      assertFailure(fromJwt.evaluateAll(request(acme.member(), acme.orgId()), null), 400, "INVALID_CONTEXT");
      JsonNode asStranger = body(fromJwt.evaluateAll("{\"context\": {\"organization\": \"" + acme.orgId() + "\"}}", null));
      asStranger.get("flags").forEach(flag -> assertThat(flag.path("value").asBoolean(false)).as(flag.toString()).isFalse());
    }
  }

  private static void assertFailure(Ofrep.Response response, int status, String code) throws Exception {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    JsonNode body = body(response);
    assertThat(body.get("errorCode").asText()).isEqualTo(code);
    assertThat(body.get("errorDetails").asText()).isNotBlank();
  }
}
