package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.moduleregistry.testkit.RegistryDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Malformed arguments get a clear exception naming what is wrong, before any SQL is sent. */
class BadInputTest {

  private static CountingDataSource counting;
  private static ModuleRegistry registry;
  private static final UUID ORG = UUID.randomUUID();

  @BeforeAll
  static void setUp() {
    counting = new CountingDataSource(RegistryDatabase.shared().appDataSource());
    registry = ModuleRegistry.create(counting.dataSource());
  }

  @Test
  void nullsAreRejectedByName() {
    UserScope user = registry.asUser(UUID.randomUUID());
    assertThatThrownBy(() -> ModuleRegistry.create(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("dataSource");
    assertThatThrownBy(() -> registry.asUser(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("userId");
    assertThatThrownBy(() -> registry.asClaims(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("claims");
    assertThatThrownBy(() -> user.installations(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("orgId");
    assertThatThrownBy(() -> user.isEnabled(ORG, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("moduleId");
    assertThatThrownBy(() -> user.install(ORG, "agency", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("settings");
    assertThatThrownBy(() -> user.mergeSettings(ORG, "agency", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("patch");
    assertThatThrownBy(() -> user.settings(ORG, "agency", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("type");
    assertThatThrownBy(() -> registry.asService().registerModule(null)).isInstanceOf(NullPointerException.class);
    assertNothingSent();
  }

  @Test
  void moduleIdsMustBeSlugs() {
    UserScope user = registry.asUser(UUID.randomUUID());
    for (String bad : List.of("Agency", "agency_1", "", "-agency", "agency-", "time--tracking", "a b", "agency;drop", "a".repeat(64))) {
      assertThatThrownBy(() -> user.isEnabled(ORG, bad))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + bad + "'").hasMessageContaining("slug");
      assertThatThrownBy(() -> registry.asService().deleteModule(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertNothingSent();
  }

  @Test
  void definitionsValidateInTheirConstructor() {
    assertThatThrownBy(() -> new ModuleDefinition("Agency", "A", null, "1.0.0")).hasMessageContaining("'Agency'");
    assertThatThrownBy(() -> new ModuleDefinition("agency", " ", null, "1.0.0")).hasMessageContaining("name");
    assertThatThrownBy(() -> new ModuleDefinition("agency", "A", null, "1.0")).hasMessageContaining("'1.0'");
    assertThatThrownBy(() -> new ModuleDefinition("agency", "A", "x".repeat(2001), "1.0.0")).hasMessageContaining("description");
    assertThat(new ModuleDefinition("agency", "A", null, "2.0.0-rc.1").version()).isEqualTo("2.0.0-rc.1");
  }

  @Test
  void settingsMustBeAJsonObjectOfAtMost64KiB() {
    UserScope user = registry.asUser(UUID.randomUUID());
    for (Object bad : List.of(List.of(1, 2), "text", 42, true, JsonNodeFactory.instance.arrayNode())) {
      assertThatThrownBy(() -> user.install(ORG, "agency", bad))
          .as(String.valueOf(bad)).isInstanceOf(InvalidSettingsException.class).hasMessageContaining("JSON object");
      assertThatThrownBy(() -> user.mergeSettings(ORG, "agency", bad)).isInstanceOf(InvalidSettingsException.class);
    }
    Map<String, String> large = Map.of("blob", "x".repeat(70_000));
    assertThatThrownBy(() -> user.replaceSettings(ORG, "agency", large))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("65536");
    assertThatThrownBy(() -> user.install(ORG, "agency", new Object()))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("Jackson");
    assertNothingSent();
  }

  @Test
  void settingsWithTheCharacterU0000AreRefusedBeforeSql() {
    UserScope user = registry.asUser(UUID.randomUUID());
    Map<String, String> nul = Map.of("note", "a\0b");
    assertThatThrownBy(() -> user.install(ORG, "agency", nul))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("U+0000").hasMessageContaining(ORG.toString());
    assertThatThrownBy(() -> user.replaceSettings(ORG, "agency", nul)).isInstanceOf(InvalidSettingsException.class);
    assertThatThrownBy(() -> user.mergeSettings(ORG, "agency", Map.of("k\0", 1))).isInstanceOf(InvalidSettingsException.class);
    assertNothingSent();
  }

  @Test
  void claimsWithAnythingAfterTheObjectAreRejectedBeforeSql() {
    String claims = Claims.json(UUID.randomUUID());
    for (String bad : List.of(claims + " trailing", claims + claims, claims + " {}")) {
      assertThatThrownBy(() -> registry.asClaims(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
    }
    assertThatThrownBy(() -> registry.asClaims(Claims.json(UUID.randomUUID(), "note", "a\0b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0000");
    assertNothingSent();
  }

  @Test
  void claimsMustBeAJsonObjectWithAUuidSub() {
    assertThatThrownBy(() -> registry.asClaims("not json")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> registry.asClaims("[1]")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> registry.asClaims("{\"role\":\"authenticated\"}")).hasMessageContaining("\"sub\"");
    assertThatThrownBy(() -> registry.asClaims("{\"sub\":\"alice\"}")).hasMessageContaining("'alice'");
    assertThatThrownBy(() -> registry.asClaims("{\"sub\":42}")).hasMessageContaining("\"sub\"");
    assertThatThrownBy(() -> registry.asClaims("{\"sub\":\"1-1-1-1-1\"}")).hasMessageContaining("not a UUID");
    UUID id = UUID.randomUUID();
    assertThat(registry.asClaims(Claims.json(id)).userId()).isEqualTo(id);
    assertNothingSent();
  }

  @Test
  void whatJsonbCannotHoldIsRefusedBeforeSqlNotStoredChanged() {
    UserScope user = registry.asUser(UUID.randomUUID());
    // half a surrogate pair: pgjdbc would send '?' in its place, silently
    for (Object settings : List.of(Map.of("s", "a\uD800b"), "{\"s\":\"a\\ud800b\"}", Map.of("k\uDC00", 1))) {
      assertThatThrownBy(() -> user.install(ORG, "agency", settings)).isInstanceOf(InvalidSettingsException.class)
          .hasMessageContaining("unpaired UTF-16 surrogate");
    }
    // NaN and infinities are no JSON numbers: Jackson would have written the strings "NaN" and "Infinity"
    for (double odd : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> user.replaceSettings(ORG, "agency", Map.of("x", odd)))
          .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("jsonb");
    }
    Map<String, Object> deep = new java.util.HashMap<>();
    Map<String, Object> inner = deep;
    for (int i = 0; i < 5_000; i++) {
      Map<String, Object> next = new java.util.HashMap<>();
      inner.put("d", next);
      inner = next;
    }
    assertThatThrownBy(() -> user.install(ORG, "agency", deep)).isInstanceOf(InvalidSettingsException.class)
        .satisfies(e -> assertThat(e.getMessage()).as("a message a log can hold").hasSizeLessThan(1_000));
    UUID id = UUID.randomUUID();
    assertThatThrownBy(() -> registry.asClaims("{\"sub\":\"" + id + "\",\"exp\":1e999999}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond numeric's range");
    assertThatThrownBy(() -> registry.asClaims("{\"sub\":\"" + id + "\",\"name\":\"\\ud800\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired UTF-16 surrogate");
    assertThat(registry.asClaims("{\"sub\":\"" + id + "\",\"exp\":1e300,\"name\":\"\\ud83d\\ude00\"}").userId())
        .as("a number within range, a whole pair").isEqualTo(id);
    assertNothingSent();
  }

  @Test
  void definitionsCountCharactersAsPostgresDoesAndRefuseWhatItCannotStore() {
    assertThat(ModuleDefinition.of("emoji", "🚀".repeat(200)).name()).hasSize(400); // 200 characters
    assertThatThrownBy(() -> ModuleDefinition.of("emoji", "🚀".repeat(201))).hasMessageContaining("1 to 200 characters");
    assertThatThrownBy(() -> ModuleDefinition.of("nul", "a\u0000b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+0000");
    assertThatThrownBy(() -> ModuleDefinition.of("half", "a\uD800b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired UTF-16 surrogate");
    assertThatThrownBy(() -> new ModuleDefinition("half", "Half", "x\u0000", "1.0.0"))
        .hasMessageContaining("module description contains the character U+0000");
  }

  private static void assertNothingSent() {
    assertThat(counting.connections.get()).as("connections borrowed").isZero();
    assertThat(counting.roundTrips.get()).as("statements sent").isZero();
  }
}
