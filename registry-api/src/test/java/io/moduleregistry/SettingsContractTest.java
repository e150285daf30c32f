package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;

/**
 * The settings contract through the facade: manifests checked at construction, the check before
 * SQL giving the database's own message (compared with a front end's write through SQL as role
 * authenticated with claims, as PostgREST sends it), defaults on install, merge patches checked by
 * the database on their result, the re-version rule, and a hand-written settings record read back
 * exactly. Module ids carry the prefix "sc-", except "time-tracking" (the README's module).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsContractTest {

  static final String TIME_TRACKING = """
      {"id": "time-tracking", "name": "Time tracking", "version": "1.0.0",
       "settings": {
         "schema": {
           "type": "object",
           "properties": {
             "rounding": {"type": "integer", "minimum": 1, "maximum": 60},
             "approvals": {"type": "boolean"},
             "mode": {"enum": ["STRICT", "LENIENT"]},
             "approval": {"$ref": "#/$defs/approval"}
           },
           "additionalProperties": false,
           "$defs": {"approval": {"type": "object", "required": ["approver"],
             "properties": {"approver": {"type": "string", "format": "email"}, "levels": {"type": "integer", "minimum": 1}},
             "additionalProperties": false}}
         },
         "defaults": {"rounding": 15}
       }}""";

  /** A settings record as a service writes it by hand: a nested record and an enum. */
  record TimeTrackingSettings(int rounding, boolean approvals, Mode mode, Approval approval) {
    enum Mode { STRICT, LENIENT }

    record Approval(String approver, int levels) {}
  }

  private RegistryDatabase db;
  private CountingDataSource counting;
  private ModuleRegistry checked;
  private ModuleRegistry unchecked;
  private List<ModuleManifest> manifests;

  @BeforeAll
  void catalog() {
    db = RegistryDatabase.shared();
    manifests = ModuleManifests.parseAll(Map.of("time-tracking.json", TIME_TRACKING, "sc-plain.json",
        "{\"id\": \"sc-plain\", \"name\": \"Plain\", \"version\": \"1.0.0\"}"));
    counting = new CountingDataSource(db.appDataSource());
    checked = ModuleRegistry.builder(counting.dataSource()).manifests(manifests).build();
    unchecked = ModuleRegistry.create(db.appDataSource());
    checked.asService().syncCatalog(manifests);
  }

  @Test
  void aManifestsContractIsCheckedAtReadWithEveryProblemAtOnce() {
    assertThatThrownBy(() -> ModuleManifests.parse("bad.json", """
        {"id": "sc-bad", "name": "Bad", "version": "1.0.0", "settings": {
          "schema": {"type": "object", "properties": {"mode": {"oneOf": []}, "n": {"minimum": "one"}}},
          "defaults": {"x": 1}}}"""))
        .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p).startsWith("bad.json: settings.schema: ").contains("'oneOf'")
                .contains("'/properties/mode'"))
            .anySatisfy(p -> assertThat(p).startsWith("bad.json: settings.schema: ").contains("'minimum'")));
    assertThatThrownBy(() -> ModuleManifests.parse("defaults.json", """
        {"id": "sc-bad", "name": "Bad", "version": "1.0.0", "settings": {
          "schema": {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n", "m"]},
          "defaults": {"n": "one"}}}"""))
        .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.problems()).containsExactly(
            "defaults.json: settings.defaults: '/m' violates required",
            "defaults.json: settings.defaults: '/n' violates type"));
    ModuleManifest manifest = manifests.stream().filter(m -> m.id().equals("time-tracking")).findFirst().orElseThrow();
    assertThat(manifest.settingsSchema()).isNotNull();
    assertThat(manifest.settingsDefaults().toString()).isEqualTo("{\"rounding\":15}");
    assertThat(ModuleManifest.of("sc-none", "None", "1.0.0", Map.of()).settingsSchema()).isNull();
  }

  @Test
  void aFrontEndsWriteAndTheFacadeAreRefusedWithTheSameMessageTheFacadeBeforeAnySql() {
    Tenant acme = db.fixtures().tenant("Acme");
    String document = "{\"rounding\": \"fifteen\", \"approval\": {\"approver\": \"nobody\"}, \"extra\": true}";
    counting.reset();
    InvalidSettingsException facade = catchInvalid(() -> checked.asUser(acme.admin())
        .install(acme.orgId(), "time-tracking", document));
    assertThat(counting.roundTrips.get()).as("refused before any SQL").isZero();
    assertThat(facade).hasNoCause();
    assertThat(facade.getMessage()).isEqualTo("settings of module 'time-tracking' for organization " + acme.orgId()
        + " break its settings schema: '/approval/approver' violates format; '/extra' violates additionalProperties;"
        + " '/rounding' violates type");
    assertThat(facade.violations()).hasSize(3);
    assertThat(facade.orgId()).isEqualTo(acme.orgId());
    assertThat(facade.moduleId()).isEqualTo("time-tracking");

    // the same document as a front end sends it: SQL as role authenticated with the admin's claims
    assertThatThrownBy(() -> unchecked.asUser(acme.admin()).execute(DSL.query(
        "insert into public.org_modules (org_id, module_id, settings) values (?, 'time-tracking', ?::jsonb)",
        acme.orgId(), document)))
        .satisfies(e -> {
          PSQLException sql = (PSQLException) e.getCause();
          assertThat(sql.getSQLState()).isEqualTo("MR196");
          assertThat(sql.getServerErrorMessage().getMessage()).isEqualTo(facade.getMessage());
        });
    // and through a facade that knows no manifests: the database's refusal, the same message
    InvalidSettingsException database = catchInvalid(() -> unchecked.asUser(acme.admin())
        .install(acme.orgId(), "time-tracking", document));
    assertThat(database.getMessage()).isEqualTo(facade.getMessage());
    assertThat(database.violations()).isEqualTo(facade.violations());
    assertThat(database).hasCauseInstanceOf(PSQLException.class);
    assertThat(unchecked.asService().installation(acme.orgId(), "time-tracking")).isEmpty();
  }

  @Test
  void installAppliesTheDefaultsInOneRoundTripAndUpdatesDoNotReapplyThem() throws Exception {
    Tenant acme = db.fixtures().tenant("Acme");
    counting.reset();
    Installation installed = checked.asUser(acme.admin()).install(acme.orgId(), "time-tracking", Map.of("approvals", true));
    assertThat(counting.roundTrips.get()).isEqualTo(1);
    assertThat(installed.settings()).isEqualTo(new ObjectMapper().readTree("{\"approvals\": true, \"rounding\": 15}"));
    counting.reset();
    Installation replaced = checked.asUser(acme.admin()).replaceSettings(acme.orgId(), "time-tracking",
        Map.of("approvals", false));
    assertThat(counting.roundTrips.get()).isEqualTo(1);
    assertThat(replaced.settings().toString()).isEqualTo("{\"approvals\":false}");
  }

  @Test
  void aMergePatchIsCheckedByTheDatabaseOnItsResultAndAFailedOneChangesNothing() {
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = checked.asUser(acme.admin());
    admin.install(acme.orgId(), "time-tracking", Map.of("approval", Map.of("approver", "a@example.com", "levels", 2)));
    JsonNode before = admin.settingsJson(acme.orgId(), "time-tracking");
    // each member alone is fine; the result lacks the nested record's required member
    InvalidSettingsException refused = catchInvalid(() -> admin.mergeSettings(acme.orgId(), "time-tracking",
        "{\"approval\": {\"approver\": null}, \"rounding\": 30}"));
    assertThat(refused.getMessage()).isEqualTo("settings of module 'time-tracking' for organization " + acme.orgId()
        + " break its settings schema: '/approval/approver' violates required");
    assertThat(refused.violations()).containsExactly("'/approval/approver' violates required");
    assertThat(admin.settingsJson(acme.orgId(), "time-tracking")).isEqualTo(before);
    assertThat(admin.mergeSettings(acme.orgId(), "time-tracking", Map.of("rounding", 30)).settings().get("rounding").asInt())
        .isEqualTo(30);
  }

  @Test
  void aModuleWithoutSchemaTakesAnyObjectAsBefore() {
    Tenant acme = db.fixtures().tenant("Acme");
    Installation installed = checked.asUser(acme.admin()).install(acme.orgId(), "sc-plain",
        "{\"rounding\": \"fifteen\", \"gone\": null}");
    assertThat(installed.settings().toString()).isEqualTo("{\"gone\":null,\"rounding\":\"fifteen\"}");
    assertThat(checked.asUser(acme.admin()).replaceSettings(acme.orgId(), "sc-plain", Map.of()).settings().size()).isZero();
  }

  @Test
  void aNewSchemaThatExistingSettingsBreakIsRefusedNamingTheOrganizationsThenSyncsOnceTheyAreMigrated() {
    ServiceScope service = checked.asService();
    String v1 = "{\"id\": \"sc-rev\", \"name\": \"Rev\", \"version\": \"1.0.0\", \"settings\": {\"schema\":"
        + " {\"type\": \"object\", \"properties\": {\"limit\": {\"type\": \"integer\"}}}}}";
    String v2 = v1.replace("1.0.0", "2.0.0").replace("{\"type\": \"integer\"}", "{\"type\": \"integer\", \"maximum\": 10}");
    service.syncCatalog(List.of(ModuleManifests.parse("v1", v1)));
    Tenant small = db.fixtures().tenant("Small");
    Tenant big = db.fixtures().tenant("Big");
    service.install(small.orgId(), "sc-rev", Map.of("limit", 5));
    service.install(big.orgId(), "sc-rev", Map.of("limit", 50));
    List<ModuleManifest> next = List.of(ModuleManifests.parse("v2", v2));
    assertThatThrownBy(() -> service.syncCatalog(next))
        .isInstanceOfSatisfying(InvalidCatalogException.class, e -> {
          assertThat(e.getMessage()).startsWith("module 'sc-rev' version 2.0.0 cannot have its new settings schema: the"
              + " settings of 1 organization break it: " + big.orgId() + ". Nothing was changed.");
          assertThat(e.problems()).containsExactly("organization " + big.orgId() + ": '/limit' violates maximum");
        });
    assertThat(service.module("sc-rev").orElseThrow().version()).isEqualTo("1.0.0");
    service.replaceSettings(big.orgId(), "sc-rev", Map.of("limit", 10));
    assertThat(service.syncCatalog(next)).extracting(Module::version).containsExactly("2.0.0");
  }

  @Test
  void aHandWrittenSettingsRecordRoundTripsExactly() throws Exception {
    Tenant acme = db.fixtures().tenant("Acme");
    UserScope admin = checked.asUser(acme.admin());
    TimeTrackingSettings written = new TimeTrackingSettings(30, true, TimeTrackingSettings.Mode.STRICT,
        new TimeTrackingSettings.Approval("lead@example.com", 2));
    admin.install(acme.orgId(), "time-tracking", written);
    assertThat(admin.settings(acme.orgId(), "time-tracking", TimeTrackingSettings.class)).isEqualTo(written);
    assertThat(admin.settingsJson(acme.orgId(), "time-tracking")).isEqualTo(new ObjectMapper().valueToTree(written));
  }

  static TimeTrackingSettings readme(Path manifestsDir, DataSource dataSource, UUID adminId, UUID orgId) {
    // settings:usage:start
    List<ModuleManifest> manifests = ModuleManifests.read(manifestsDir); // schemas and defaults checked here
    ModuleRegistry registry = ModuleRegistry.builder(dataSource)
        .manifests(manifests)                          // settings checked against them before any SQL
        .build();
    registry.asService().syncCatalog(manifests);       // the catalog stores each schema and its defaults

    UserScope admin = registry.asUser(adminId);
    try {
      admin.install(orgId, "time-tracking", Map.of("rounding", "fifteen"));
    } catch (InvalidSettingsException e) {
      List<String> violations = e.violations();      // ['/rounding' violates type]
    }
    Installation installed = admin.install(orgId, "time-tracking", Map.of("mode", "STRICT"));
    TimeTrackingSettings settings = admin.settings(orgId, "time-tracking", TimeTrackingSettings.class);
    // settings:usage:end
    assertThat(installed.settings().toString()).isEqualTo("{\"mode\":\"STRICT\",\"rounding\":15}");
    return settings;
  }

  @Test
  void theReadmesSnippetRunsAsWrittenAndIsShownVerbatim(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("time-tracking.json"), TIME_TRACKING);
    Tenant acme = db.fixtures().tenant("Acme");
    assertThat(readme(dir, db.appDataSource(), acme.admin(), acme.orgId()))
        .isEqualTo(new TimeTrackingSettings(15, false, TimeTrackingSettings.Mode.STRICT, null));
    String source = Files.readString(Path.of("src/test/java/io/moduleregistry/SettingsContractTest.java"));
    String start = "// settings:usage:start\n";
    String code = source.substring(source.indexOf(start) + start.length(), source.indexOf("// settings:usage:end"));
    assertThat(Files.readString(Path.of("../README.md"))).as("README.md shows the settings snippet")
        .contains(code.stripIndent());
  }

  private static InvalidSettingsException catchInvalid(Runnable call) {
    try {
      call.run();
    } catch (InvalidSettingsException e) {
      return e;
    }
    throw new AssertionError("expected InvalidSettingsException");
  }
}
