package io.moduleregistry.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.codegen.settings.SettingsGeneratorTest;
import io.moduleregistry.codegen.typescript.TypeScriptGeneratorTest;
import io.moduleregistry.codegen.typescript.TypeScriptOptions;
import io.moduleregistry.postgres.ServerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class RegistryCodegenTest {

  @TempDir
  Path temp;

  @Test
  void generatesTablesRecordsAndKeysWithTheAgreedTypesAndNoPrivateRoutine() throws IOException {
    Path out = temp.resolve("jooq");
    CodegenResult result = RegistryCodegen.builder(out).build().run();

    assertThat(result.generated()).isTrue();
    assertThat(result.migrations()).isEqualTo(io.moduleregistry.schema.RegistrySchema.migrations().size());
    Path pkg = out.resolve("io/moduleregistry/db");
    assertThat(pkg.resolve("tables/OrgModules.java")).exists();
    assertThat(pkg.resolve("tables/records/OrgModulesRecord.java")).exists();
    assertThat(pkg.resolve("Keys.java")).exists();
    assertThat(pkg.resolve("tables/OrgModuleEventSettings.java")).exists();
    // The merge patch lives in module_registry since issue 18 (no RPC): schema public has no routine.
    assertThat(pkg.resolve("routines/JsonbMergePatch.java")).doesNotExist();
    assertThat(pkg.resolve("tables/FlywaySchemaHistory.java")).doesNotExist();

    String orgModules = Files.readString(pkg.resolve("tables/OrgModules.java"));
    assertThat(orgModules)
        .contains("TableField<OrgModulesRecord, JsonNode> SETTINGS")
        .contains("JSONBtoJacksonConverter")
        .contains("TableField<OrgModulesRecord, OffsetDateTime> INSTALLED_AT")
        .contains("TableField<OrgModulesRecord, UUID> ORG_ID");
    assertThat(result.files()).isEqualTo(countJava(out));
  }

  @Test
  void anUnchangedSecondRunSkipsWithoutTouchingFilesAndForceRegenerates() throws IOException {
    Path out = temp.resolve("jooq");
    RegistryCodegen.builder(out).build().run();
    Map<String, Long> before = modificationTimes(out);

    CodegenResult second = RegistryCodegen.builder(out).build().run();
    assertThat(second.generated()).isFalse();
    assertThat(modificationTimes(out)).isEqualTo(before);

    CodegenResult forced = RegistryCodegen.builder(out).force(true).build().run();
    assertThat(forced.generated()).isTrue();
    assertThat(forced.inputHash()).isEqualTo(second.inputHash());
  }

  @Test
  void settingsTypesAreWrittenWithTheClassesAndAloneWhenOnlyTheManifestsChanged() throws IOException {
    Path manifests = Files.createDirectories(temp.resolve("modules"));
    Files.copy(SettingsGeneratorTest.MANIFESTS.resolve("time-tracking.json"), manifests.resolve("time-tracking.json"));
    Path out = temp.resolve("jooq");
    Path settingsRoot = temp.resolve("settings");
    Path ts = temp.resolve("types/module-settings.ts");
    RegistryCodegen.Builder builder = RegistryCodegen.builder(out).settings(manifests, "com.example.settings",
        settingsRoot).settingsTypescript(ts);
    CodegenResult first = builder.build().run();
    Path record = settingsRoot.resolve("com/example/settings/TimeTrackingSettings.java");
    assertThat(first.generated()).isTrue();
    assertThat(record).exists();
    assertThat(Files.readString(ts)).contains("'time-tracking': TimeTrackingSettings");

    Map<String, Long> before = modificationTimes(temp);
    CodegenResult second = builder.build().run();
    assertThat(second.generated()).isFalse();
    assertThat(modificationTimes(temp)).isEqualTo(before);

    // only a manifest changed: the settings types are written again, without a database (0 migrations)
    Files.writeString(manifests.resolve("crm.json"), "{\"id\": \"crm\", \"name\": \"CRM\", \"version\": \"1.0.0\","
        + " \"settings\": {\"schema\": {\"type\": \"object\", \"properties\": {\"pipeline\": {\"type\": \"string\"}}}}}");
    CodegenResult third = builder.build().run();
    assertThat(third.generated()).isTrue();
    assertThat(third.migrations()).isZero();
    assertThat(third.inputHash()).isNotEqualTo(second.inputHash());
    assertThat(settingsRoot.resolve("com/example/settings/CrmSettings.java")).exists();
    assertThat(Files.readString(ts)).contains("crm: CrmSettings");
    assertThat(javaUnder(modificationTimes(temp), "jooq/")).as("the jOOQ classes are not touched")
        .isEqualTo(javaUnder(before, "jooq/")).isNotEmpty();

    // an invalid manifest fails before any database starts: nothing of the jOOQ classes is written
    Files.writeString(manifests.resolve("crm.json"), "{\"id\": \"crm\", \"settings\": {\"schema\": {\"type\": \"object\","
        + " \"properties\": {\"mode\": {\"oneOf\": []}}}}}");
    Path fresh = temp.resolve("fresh");
    assertThatThrownBy(() -> RegistryCodegen.builder(fresh).settings(manifests, null, null).build().run())
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("crm.json: settings.schema: keyword 'oneOf' at '/properties/mode' is not supported");
    assertThat(fresh).doesNotExist();
  }

  private static Map<String, Long> javaUnder(Map<String, Long> times, String folder) {
    Map<String, Long> sub = new TreeMap<>();
    times.forEach((file, time) -> {
      if (file.startsWith(folder) && file.endsWith(".java")) {
        sub.put(file, time);
      }
    });
    return sub;
  }

  @Test
  void twoRunsWriteIdenticalBytes() throws IOException {
    Path first = temp.resolve("a");
    Path second = temp.resolve("b");
    RegistryCodegen.builder(first).build().run();
    RegistryCodegen.builder(second).build().run();
    assertThat(contents(second)).isEqualTo(contents(first));
    assertThat(Files.readString(first.resolve("io/moduleregistry/db/tables/Modules.java")))
        .doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d")
        .doesNotContain("3.19.");
  }

  @Test
  void aNewColumnInANewMigrationAppearsAfterTheNextRun() throws IOException {
    Path out = temp.resolve("jooq");
    CodegenResult before = RegistryCodegen.builder(out).build().run();
    assertThat(Files.readString(out.resolve("io/moduleregistry/db/tables/Modules.java"))).doesNotContain("ICON_URL");

    CodegenResult after = RegistryCodegen.builder(out).extraMigrations("classpath:db/codegen-test/add-column").build().run();

    assertThat(after.generated()).as("a new migration changes the inputs").isTrue();
    assertThat(after.inputHash()).isNotEqualTo(before.inputHash());
    assertThat(Files.readString(out.resolve("io/moduleregistry/db/tables/Modules.java")))
        .contains("TableField<ModulesRecord, String> ICON_URL");
  }

  @Test
  void aBrokenMigrationFailsNamingTheFileTheLineAndPostgresMessage() {
    Path out = temp.resolve("jooq");
    assertThatThrownBy(() -> RegistryCodegen.builder(out).extraMigrations("classpath:db/codegen-test/broken").build().run())
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("20250601000000_broken_migration.sql")
        .hasMessageContaining("Line")
        .hasMessageContaining("syntax error");
    assertThat(out.resolve(RegistryCodegen.HASH_FILE)).doesNotExist();
  }

  @Test
  void anErrorInsideAStatementNamesTheLinePostgresPointsAtNotOnlyWhereTheStatementStarts() {
    Path out = temp.resolve("jooq");
    assertThatThrownBy(() -> RegistryCodegen.builder(out).extraMigrations("classpath:db/codegen-test/broken-deep").build()
        .run())
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("20250601000000_deep_error.sql")
        .hasMessageContaining("Line       : 10 (its statement starts on line 4)")
        .hasMessageContaining("column \"missing_column\" does not exist")
        .hasMessageContaining("SQL State  : 42703")
        .hasMessageContaining("Statement  : create function public.deep_count()")
        .hasMessageNotContaining("-X");
  }

  /**
   * Comments and blank lines before, between and inside statements (a function body too): the
   * report names the line PostgreSQL points at, says where the statement starts, and its excerpt
   * starts at the statement, not at a comment before it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "lines-header-comment | 12 | 4 | create function public.header_count()",
      "lines-between        | 3  | 3 | create table public.between_b",
      "lines-inside-comment | 13 | 9 | create view public.inside_v as",
      "lines-plpgsql        | 12 | 5 | create function public.plpgsql_f()"})
  void theLineIsThePostgresOneWhateverCommentsAndBlankLinesSurroundTheStatement(String folder, int line, int start,
      String excerpt) {
    Path out = temp.resolve("jooq");
    String expected = line == start ? "Line       : " + line + "\n" : "Line       : " + line + " (its statement starts on line " + start + ")";
    assertThatThrownBy(() -> RegistryCodegen.builder(out).extraMigrations("classpath:db/codegen-test/" + folder).build()
        .run())
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining(expected)
        .hasMessageContaining("Statement  : " + excerpt);
  }

  /** Only an output was missing: the log says so, not that the inputs changed. */
  @Test
  void aDeletedTypeScriptFileIsReportedAsMissingNotAsChangedInputs() throws IOException {
    Path out = temp.resolve("jooq");
    Path types = temp.resolve("typescript/database.ts");
    RegistryCodegen.builder(out).typescript(types).build().run();
    Files.delete(types);
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertThat(RegistryCodegen.builder(out).typescript(types).build().run().generated()).isTrue();
    } finally {
      System.setErr(err);
    }
    assertThat(log.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("(database.ts missing)")
        .doesNotContain("inputs changed");
  }

  @Test
  void theSameRunWritesTheTypeScriptTypesAndTheHashCoversThem() throws IOException {
    Path out = temp.resolve("jooq");
    Path types = temp.resolve("typescript/database.ts");
    CodegenResult first = RegistryCodegen.builder(out).typescript(types).build().run();
    assertThat(first.generated()).isTrue();
    assertThat(Files.readString(types)).isEqualTo(Files.readString(TypeScriptGeneratorTest.COMMITTED_TYPES));
    CodegenResult withoutTypes = RegistryCodegen.builder(temp.resolve("other")).build().run();
    assertThat(withoutTypes.inputHash()).as("the TypeScript settings are inputs").isNotEqualTo(first.inputHash());

    long before = Files.getLastModifiedTime(types).toMillis();
    CodegenResult second = RegistryCodegen.builder(out).typescript(types).build().run();
    assertThat(second.generated()).as("nothing changed: no database starts").isFalse();
    assertThat(Files.getLastModifiedTime(types).toMillis()).isEqualTo(before);

    Files.delete(types);
    assertThat(RegistryCodegen.builder(out).typescript(types).build().run().generated())
        .as("a missing output regenerates").isTrue();
    assertThat(types).exists();

    // Each output has its own hash: a TypeScript change leaves the jOOQ classes alone, and back.
    // jOOQ cleans its package folder when it generates: this file survives only if it does not.
    Path marker = Files.writeString(out.resolve("io/moduleregistry/db/not-generated.txt"), "left alone");
    CodegenResult jsDoc = RegistryCodegen.builder(out).typescript(types)
        .typescriptOptions(TypeScriptOptions.defaults().withJsDocComments(true)).build().run();
    assertThat(jsDoc.generated()).as("the TypeScript options changed").isTrue();
    assertThat(jsDoc.inputHash()).startsWith(first.inputHash().substring(0, first.inputHash().indexOf('+') + 1));
    assertThat(marker).as("the jOOQ classes' inputs did not change: not regenerated").exists();
    assertThat(Files.readString(types)).isNotEqualTo(Files.readString(TypeScriptGeneratorTest.COMMITTED_TYPES));
    assertThat(RegistryCodegen.builder(out).build().run().generated())
        .as("the jOOQ classes are up to date on their own").isFalse();
    assertThat(marker).exists();
  }

  @Test
  void aStaleCommittedTypesFileFailsNamingTheCommandThatRefreshesIt() throws IOException {
    Path generated = Files.writeString(temp.resolve("generated.ts"), "export type A = 1\nexport type B = 2\n");
    Path committed = Files.writeString(temp.resolve("committed.ts"), "export type A = 1\nexport type B = 3\n");
    assertThatThrownBy(() -> CommittedTypes.check(generated, committed))
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("committed.ts is stale")
        .hasMessageContaining("line 2")
        .hasMessageContaining(CommittedTypes.REFRESH_COMMAND);
    CommittedTypes.update(generated, committed);
    CommittedTypes.check(generated, committed);
    assertThat(Files.readString(committed)).isEqualTo(Files.readString(generated));
    assertThatThrownBy(() -> CommittedTypes.check(generated, temp.resolve("missing.ts")))
        .hasMessageContaining("missing").hasMessageContaining(CommittedTypes.REFRESH_COMMAND);
  }

  @Test
  void anUnreachableDatabaseFailsNamingItWithoutThePassword() {
    Path out = temp.resolve("jooq");
    long started = System.nanoTime();
    assertThatThrownBy(() -> RegistryCodegen.builder(out)
        .server(ServerSettings.external("jdbc:postgresql://127.0.0.1:1/postgres", "postgres", "hunter2"))
        .build().run())
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("127.0.0.1:1")
        .hasMessageNotContaining("hunter2");
    System.out.printf("unreachable database reported after %d ms%n", (System.nanoTime() - started) / 1_000_000);
  }

  private static long countJava(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).count();
    }
  }

  private static Map<String, Long> modificationTimes(Path root) throws IOException {
    Map<String, Long> times = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        times.put(root.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
      }
    }
    return times;
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        all.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return all;
  }
}
