package io.moduleregistry.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.openfeature.contrib.providers.ofrep.OfrepProvider;
import dev.openfeature.contrib.providers.ofrep.OfrepProviderOptions;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.Value;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OFREP over real HTTP, asked by OpenFeature's own OFREP providers for JavaScript (npm's
 * {@code @openfeature/ofrep-provider} on the server SDK for the single endpoint, {@code
 * @openfeature/ofrep-web-provider} on the web SDK for the bulk one; versions pinned by the
 * committed {@code src/test/ofrep/package-lock.json}), run by node with an HS256 JWT signed here in
 * the Authorization header. Their answers must be {@code isEnabled}'s for owner, member and
 * stranger. OpenFeature's contributed OFREP provider for Java ({@code
 * dev.openfeature.contrib.providers:ofrep}) asks the single endpoint the same. {@code npm ci} runs once per class into {@code target/ofrep-client}; skipped, saying
 * why, where node or npm is absent (the endpoints' HTTP checks still run).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleServiceOfrepTest {

  private static final RegistryDatabase DB = RegistryDatabase.start();
  /** This service's sources, found from either example build (the Boot 3.5 one is a sibling of this one). */
  private static final Path HERE = Path.of("").toAbsolutePath().resolveSibling("registry-example-service");
  /** The committed npm project. */
  private static final Path CLIENT_SOURCES = HERE.resolve("src/test/ofrep");
  private static final Path CLIENT = Path.of("target/ofrep-client").toAbsolutePath();
  private static final List<String> FLAGS = List.of("reports", "invoices");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Tenant acme;
  private static Tenant globex;
  private static UUID stranger;
  private static String nodeMissing;

  @org.springframework.beans.factory.annotation.Value("${local.server.port}")
  int port;

  @Autowired
  ModuleRegistry registry;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    ExampleServiceHttpTest.serviceOn(DB, properties);
  }

  @BeforeAll
  static void fixturesAndClient() throws Exception {
    acme = DB.fixtures().tenant("Acme");
    globex = DB.fixtures().tenant("Globex");
    stranger = DB.fixtures().user();
    DB.fixtures().module("reports", "Reports");
    DB.fixtures().module("invoices", "Invoices");
    DB.fixtures().install(acme.orgId(), "reports");
    DB.fixtures().install(globex.orgId(), "invoices");
    if (!(runs("node", "--version") && runs("npm", "--version"))) {
      nodeMissing = "node and npm are not on the PATH here, so OpenFeature's JavaScript OFREP providers cannot run";
      System.out.println("SKIPPED (OFREP client checks): " + nodeMissing);
      return;
    }
    Files.createDirectories(CLIENT);
    for (String file : List.of("package.json", "package-lock.json", "ofrep-client.mjs")) {
      Files.copy(CLIENT_SOURCES.resolve(file), CLIENT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    long started = System.nanoTime();
    Ran npm = run(CLIENT, Map.of(), "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error");
    assertThat(npm.exitCode()).as("npm ci in " + CLIENT + ":\n" + npm.output()).isZero();
    System.out.printf("npm ci of OpenFeature's OFREP providers took %d ms%n", (System.nanoTime() - started) / 1_000_000);
  }

  @AfterAll
  static void drop() {
    DB.close();
  }

  @Test
  void singleAndBulkAnswersAgreeWithIsEnabledForOwnerMemberAndStranger() throws Exception {
    for (UUID user : List.of(acme.owner(), acme.member(), stranger)) {
      JsonNode answers = client(user, acme.orgId(), Map.of());
      for (String flag : FLAGS) {
        boolean expected = registry.asUser(user).isEnabled(acme.orgId(), flag);
        assertThat(answers.at("/single/" + flag + "/value").asBoolean()).as("single %s for %s", flag, user)
            .isEqualTo(expected);
        assertThat(answers.at("/bulk/" + flag + "/value").asBoolean()).as("bulk %s for %s", flag, user)
            .isEqualTo(expected);
        assertThat(answers.at("/single/" + flag + "/errorCode").isNull()).as(answers.toString()).isTrue();
        assertThat(answers.at("/bulk/" + flag + "/errorCode").isNull()).as(answers.toString()).isTrue();
      }
    }
    assertThat(registry.asUser(acme.member()).isEnabled(acme.orgId(), "reports")).isTrue();
    assertThat(registry.asUser(stranger).isEnabled(acme.orgId(), "reports")).isFalse();
  }

  @Test
  void openFeaturesJavaOfrepProviderAgreesWithIsEnabledAndGetsOnlyDefaultsWithoutAToken() throws Exception {
    OpenFeatureAPI openFeature = OpenFeatureAPI.getInstance();
    try {
      for (UUID user : List.of(acme.owner(), acme.member(), stranger)) {
        Client flags = javaClient(openFeature, "ofrep-" + user, user);
        EvaluationContext context = new ImmutableContext(Map.of("organization", new Value(acme.orgId().toString())));
        for (String flag : FLAGS) {
          FlagEvaluationDetails<Boolean> details = flags.getBooleanDetails(flag, false, context);
          assertThat(details.getErrorCode()).as("%s for %s: %s", flag, user, details.getErrorMessage()).isNull();
          assertThat(details.getValue()).as("%s for %s", flag, user)
              .isEqualTo(registry.asUser(user).isEnabled(acme.orgId(), flag));
        }
        assertThat(flags.getBooleanValue("invoices", true, new ImmutableContext(
            Map.of("organization", new Value(globex.orgId().toString()))))).as("Globex's, for %s", user)
            .isFalse();
      }
      Client anonymous = javaClient(openFeature, "ofrep-anonymous", null);
      FlagEvaluationDetails<Boolean> refused = anonymous.getBooleanDetails("reports", false,
          new ImmutableContext(Map.of("organization", new Value(acme.orgId().toString()))));
      assertThat(refused.getValue()).isFalse();
      assertThat(refused.getErrorCode()).as("the 401 reaches the client as an error").isNotNull();
    } finally {
      openFeature.shutdown();
    }
  }

  private Client javaClient(OpenFeatureAPI openFeature, String domain, UUID user) throws Exception {
    OfrepProviderOptions.Builder options = OfrepProviderOptions.builder().baseUrl("http://localhost:" + port);
    if (user != null) {
      options.headers(ImmutableMap.of("Authorization", ImmutableList.of("Bearer " + ExampleServiceHttpTest.token(user))));
    }
    openFeature.setProviderAndWait(domain, OfrepProvider.constructProvider(options.build()));
    return openFeature.getClient(domain);
  }

  @Test
  void anOrganizationTheCallerCannotSeeAnswersNotEnabled() throws Exception {
    JsonNode own = client(globex.owner(), globex.orgId(), Map.of());
    assertThat(own.at("/single/invoices/value").asBoolean()).as("Globex has invoices, for its own").isTrue();
    JsonNode other = client(acme.owner(), globex.orgId(), Map.of());
    assertThat(other.at("/single/invoices/value").asBoolean()).as(other.toString()).isFalse();
    assertThat(other.at("/bulk/invoices/value").asBoolean()).as(other.toString()).isFalse();
    assertThat(other.at("/single/invoices/errorCode").isNull()).as("an answer, not an error that tells").isTrue();
  }

  @Test
  void aContextNamingAnotherUserIsRefusedNotAnsweredForThem() throws Exception {
    JsonNode answers = client(acme.member(), globex.orgId(), Map.of("TARGETING_KEY", globex.owner().toString()));
    assertThat(answers.at("/single/invoices/value").asBoolean()).isFalse();
    assertThat(answers.at("/single/invoices/errorCode").asText()).isEqualTo("INVALID_CONTEXT");
  }

  @Test
  void anonymousGets401FromBothEndpointsAndTheClientsOnlyTheirDefaults() throws Exception {
    String body = "{\"context\":{\"organization\":\"" + acme.orgId() + "\"}}";
    assertThat(post("/ofrep/v1/evaluate/flags/reports", body, null, null).statusCode()).isEqualTo(401);
    assertThat(post("/ofrep/v1/evaluate/flags", body, null, null).statusCode()).isEqualTo(401);
    JsonNode answers = client(null, acme.orgId(), Map.of());
    assertThat(answers.at("/single/reports/value").asBoolean()).isFalse();
    assertThat(answers.at("/single/reports/errorCode").isNull()).as(answers.toString()).isFalse();
    assertThat(answers.at("/bulk/reports/value").asBoolean()).isFalse();
    assertThat(answers.at("/bulk/reports/errorCode").isNull()).as(answers.toString()).isFalse();
  }

  @Test
  void bulkCarriesAnETagPerCallerAnd304WhenItStillHolds() throws Exception {
    String body = "{\"context\":{\"organization\":\"" + acme.orgId() + "\"}}";
    HttpResponse<String> first = post("/ofrep/v1/evaluate/flags", body, acme.member(), null);
    assertThat(first.statusCode()).isEqualTo(200);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(JSON.readTree(first.body()).get("flags").toString()).contains("\"key\":\"reports\"");
    HttpResponse<String> again = post("/ofrep/v1/evaluate/flags", body, acme.member(), etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(post("/ofrep/v1/evaluate/flags", body, stranger, etag).statusCode())
        .as("another caller's answer, another tag").isEqualTo(200);
  }

  @Test
  void theReadmesJavaScriptSnippetAnswersAsIsEnabledWhenPasted() throws Exception {
    assumeTrue(nodeMissing == null, nodeMissing);
    String readme = Files.readString(HERE.resolve("../../README.md").normalize());
    int start = readme.indexOf("```js\n") + "```js\n".length();
    String snippet = readme.substring(start, readme.indexOf("```", start));
    assertThat(snippet).contains("baseUrl: 'https://service.example.com'");
    for (UUID user : List.of(acme.member(), stranger)) {
      String script = "const accessToken = '" + ExampleServiceHttpTest.token(user) + "';\n"
          + "const orgId = '" + acme.orgId() + "';\n"
          + snippet.replace("https://service.example.com", "http://localhost:" + port)
          + "console.log(JSON.stringify({ on }));\nawait OpenFeature.close();\n";
      Files.writeString(CLIENT.resolve("readme-snippet.mjs"), script);
      Ran node = run(CLIENT, Map.of(), "node", "readme-snippet.mjs");
      assertThat(node.exitCode()).as(node.output()).isZero();
      assertThat(node.output()).contains("{\"on\":" + registry.asUser(user).isEnabled(acme.orgId(), "reports") + "}");
    }
  }

  /** The two providers' answers for FLAGS, as {"single": {flag: {value, reason, errorCode}}, "bulk": ...}. */
  private JsonNode client(UUID user, UUID orgId, Map<String, String> environment) throws Exception {
    assumeTrue(nodeMissing == null, nodeMissing);
    List<String> command = new ArrayList<>(List.of("node", "ofrep-client.mjs", "http://localhost:" + port,
        user == null ? "-" : ExampleServiceHttpTest.token(user), orgId.toString()));
    command.addAll(FLAGS);
    Ran node = run(CLIENT, environment, command.toArray(String[]::new));
    assertThat(node.exitCode()).as("node ofrep-client.mjs:\n" + node.output()).isZero();
    String last = node.output().lines().filter(line -> line.startsWith("{\"single\"")).reduce((a, b) -> b).orElseThrow(
        () -> new AssertionError("no answer line from the client:\n" + node.output()));
    System.out.println("OpenFeature's OFREP providers answered: " + last);
    return JSON.readTree(last);
  }

  private HttpResponse<String> post(String path, String body, UUID user, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Bearer " + ExampleServiceHttpTest.token(user));
    }
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A finished process: its exit status, and its output and errors together. */
  private record Ran(int exitCode, String output) {}

  /** Runs a command to its end, within two minutes. */
  private static Ran run(Path directory, Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("ofrep-client", ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish in 120 s:\n" + Files.readString(log));
      }
      return new Ran(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static boolean runs(String... command) {
    try {
      return run(Path.of("."), Map.of(), command).exitCode() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
