package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits (issue 11, sections 4 and 5): the 64 KiB settings limit, one definition in Java and in
 * SQL; 10,000 installations in one organization; 1,000 catalog modules; unicode names and
 * descriptions; a 16 KiB claims object. Each is answered correctly or refused with the documented
 * error, and a refusal leaves the database as it was.
 */
class LimitsTest {

  private static final int LIMIT = 65_536;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static RegistryDatabase db;
  private static ModuleRegistry registry;
  private static ServiceScope service;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    registry = ModuleRegistry.create(db.appDataSource());
    service = registry.asService();
    service.registerModule(ModuleDefinition.of("lim-config", "Config"));
  }

  @Test
  void settingsOf5400SmallMembersWellUnder64KiBAreAccepted() throws Exception {
    Map<String, Object> members = new LinkedHashMap<>();
    for (int i = 0; i < 5_400; i++) {
      members.put("k" + i, "v");
    }
    int compact = JSON.writeValueAsBytes(members).length;
    assertThat(compact).isLessThan(LIMIT);
    assertThat(spacedSize(JSON.writeValueAsString(members))).as("the old measure refused them").isGreaterThan(LIMIT);
    Tenant acme = db.fixtures().tenant("Acme");
    Installation installed = registry.asUser(acme.admin()).install(acme.orgId(), "lim-config", members);
    assertThat(installed.settings().size()).isEqualTo(5_400);
    assertThat(sqlSize(installed.settings().toString())).isEqualTo(compact);
  }

  @Test
  void javaAndSqlMeasureSettingsTheSameWay() throws Exception {
    List<String> samples = List.of(
        "{}",
        "{\"a\":[1,2,{\"b, c\":\"d: e\"}],\"e\":{},\"f\":[],\"g\":[[],[{}]]}",
        "{\"x\":1.0E10,\"y\":1e-5,\"z\":-0,\"w\":-0.0,\"v\":1.50,\"u\":12345678901234567890,\"t\":1E+2,\"s\":0.1}",
        "{\"esc\":\"\\n\\t\\\"\\\\\\u0001\\u001f/\",\"uni\":\"é, 日本, 😀\",\"esc2\":\"\\u00e9\"}",
        "{\"dup\":1,\"dup\":{\"b\":[true,false,null]}}",
        JSON.writeValueAsString(Map.of("double", 1.0E-7, "float", 3.4028235E38f, "long", Long.MIN_VALUE)));
    for (String json : samples) {
      assertThat(SettingsCodec.storedSize(json)).as(json).isEqualTo(sqlSize(json));
    }
  }

  @Test
  void settingsOfExactly64KiBAreKeptAndOneByteMoreIsRefusedByJavaAndByTheDatabase() throws Exception {
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = registry.asUser(acme.admin());
    admin.install(acme.orgId(), "lim-config", Map.of("before", true));
    String prefix = "{\"pad\":\"";
    String atLimit = prefix + "é".repeat((LIMIT - prefix.length() - 2) / 2) + "\"}"; // two bytes a character
    assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT);
    String overLimit = prefix + "é".repeat((LIMIT - prefix.length() - 2) / 2) + "x\"}";
    assertThat(sqlSize(atLimit)).isEqualTo(LIMIT);
    assertThat(sqlSize(overLimit)).isEqualTo(LIMIT + 1);

    assertThat(admin.replaceSettings(acme.orgId(), "lim-config", atLimit).settings().get("pad").asText())
        .hasSize((LIMIT - prefix.length() - 2) / 2);
    assertThatThrownBy(() -> admin.replaceSettings(acme.orgId(), "lim-config", overLimit))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("65537 bytes");
    // a merge of small patches can only be measured by the database: the same limit, the same exception
    assertThatThrownBy(() -> admin.mergeSettings(acme.orgId(), "lim-config", Map.of("more", "y")))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("org_modules_settings_size");
    // and the database refuses what the library would, whoever writes
    assertThatThrownBy(() -> db.fixtures().update("update public.org_modules set settings = ?::jsonb"
        + " where org_id = ? and module_id = 'lim-config'", overLimit, acme.orgId()))
        .hasMessageContaining("org_modules_settings_size");
    assertThat(service.settingsJson(acme.orgId(), "lim-config").get("pad").asText())
        .hasSize((LIMIT - prefix.length() - 2) / 2);
  }

  @Test
  void numbersInSettingsTextAreStoredAsWrittenOrRefusedBeforeSql() {
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = registry.asUser(acme.admin());
    admin.install(acme.orgId(), "lim-config", "{\"huge\":1e400,\"exact\":0.10000000000000000000001,\"zeros\":1.50}");
    assertThat(db.fixtures().queryValue("select settings::text from public.org_modules where org_id = ?", acme.orgId()))
        .isEqualTo("{\"huge\": 1" + "0".repeat(400) + ", \"exact\": 0.10000000000000000000001, \"zeros\": 1.50}");
    assertThatThrownBy(() -> admin.replaceSettings(acme.orgId(), "lim-config", "{\"n\":1e200000}"))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("cannot be stored as jsonb");
    assertThat(service.settingsJson(acme.orgId(), "lim-config").has("n")).isFalse();
  }

  @Test
  void settingsReadBackAndWrittenAgainChangeNothingNumbersIncluded() {
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = registry.asUser(acme.admin());
    admin.install(acme.orgId(), "lim-config", "{\"big\":1e400,\"price\":0.10000000000000000000001,\"zeros\":1.50}");
    String stored = (String) db.fixtures().queryValue("select settings::text from public.org_modules where org_id = ?",
        acme.orgId());
    JsonNode read = admin.settingsJson(acme.orgId(), "lim-config");
    assertThat(read.get("price").decimalValue()).isEqualByComparingTo("0.10000000000000000000001");
    admin.replaceSettings(acme.orgId(), "lim-config", read);
    admin.replaceSettings(acme.orgId(), "lim-config", admin.installation(acme.orgId(), "lim-config").orElseThrow()
        .settings());
    assertThat(db.fixtures().queryValue("select settings::text from public.org_modules where org_id = ?", acme.orgId()))
        .as("a read-modify-write of the same settings").isEqualTo(stored);
    assertThat(admin.settingsMap(acme.orgId(), "lim-config").get("zeros")).as("the mapper's own types")
        .isEqualTo(1.5);
  }

  @Test
  void tenThousandInstallationsInOneOrganization() {
    Tenant big = db.fixtures().tenant("Big");
    db.fixtures().update("insert into public.modules (id, name) select 'lim-many-' || i, 'Many ' || i"
        + " from pg_catalog.generate_series(1, 10000) i on conflict (id) do nothing");
    db.fixtures().update("insert into public.org_modules (org_id, module_id, settings)"
        + " select ?, 'lim-many-' || i, pg_catalog.jsonb_build_object('i', i) from pg_catalog.generate_series(1, 10000) i",
        big.orgId());
    try {
      UserScope member = registry.asUser(big.member());
      List<Installation> all = member.installations(big.orgId());
      assertThat(all).hasSize(10_000);
      assertThat(all).extracting(Installation::moduleId).doesNotHaveDuplicates();
      assertThat(member.isEnabled(big.orgId(), "lim-many-9999")).isTrue();
      assertThat(registry.asUser(db.fixtures().tenant("Other").owner()).installations(big.orgId())).isEmpty();
      assertThat(member.modules()).hasSizeGreaterThanOrEqualTo(10_000); // well past 1,000 catalog modules
    } finally { // the database is shared: later tests (snapshot reloads among them) should not carry this
      db.fixtures().update("delete from public.org_modules where org_id = ?", big.orgId());
      db.fixtures().update("delete from public.modules where id like 'lim-many-%'");
    }
  }

  @Test
  void aThousandCatalogModulesRegisteredThroughTheFacadeWithUnicodeNames() {
    String name = "Zeiterfassung ⏱ 勤怠管理 — ÅÄÖ 😀";
    String description = "Ünïcödé: «σύνολο», 中文, עברית, emoji 👩‍💻, combining é";
    for (int i = 0; i < 1_000; i++) {
      service.registerModule(new ModuleDefinition("lim-uni-" + i, name + " " + i, description, "1.0." + i));
    }
    Module last = registry.asUser(UUID.randomUUID()).module("lim-uni-999").orElseThrow();
    assertThat(last.name()).isEqualTo(name + " 999");
    assertThat(last.description()).isEqualTo(description);
    assertThat(service.modules()).filteredOn(m -> m.id().startsWith("lim-uni-")).hasSize(1_000)
        .allSatisfy(m -> assertThat(m.description()).isEqualTo(description));
  }

  @Test
  void aClaimsObjectOf16KiBIsCarriedAndOneWithU0000IsRefusedBeforeSql() {
    Tenant acme = db.fixtures().tenant("Acme");
    service.install(acme.orgId(), "lim-config", Map.of());
    String claims = "{\"sub\":\"" + acme.member() + "\",\"role\":\"authenticated\",\"app_metadata\":{\"pad\":\""
        + "ü".repeat(8_000) + "\"}}";
    assertThat(claims.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(16_000);
    UserScope member = registry.asClaims(claims);
    assertThat(member.isEnabled(acme.orgId(), "lim-config")).isTrue();
    assertThat(member.installations(acme.orgId())).hasSize(1);
    assertThatThrownBy(() -> registry.asClaims(claims.replace("\"role\"", "\"r\\u0000\"")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** What the database's check measures, for the same JSON text. */
  private static int sqlSize(String json) {
    return ((Number) db.fixtures().queryValue("select module_registry.jsonb_compact_size(?::jsonb)", json)).intValue();
  }

  /** The old measure: jsonb's text form, with a space after every ':' and ','. */
  private static int spacedSize(String json) {
    return ((Number) db.fixtures().queryValue("select pg_catalog.octet_length(?::jsonb::text)", json)).intValue();
  }
}
