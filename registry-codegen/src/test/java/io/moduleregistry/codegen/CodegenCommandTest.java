package io.moduleregistry.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.codegen.settings.SettingsGeneratorTest;
import io.moduleregistry.codegen.typescript.TypeScriptGeneratorTest;
import io.moduleregistry.testkit.RegistryDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code typescript} command of the CLI jar, run in-process: both modes and their failures. */
class CodegenCommandTest {

  @TempDir
  Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return CodegenCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void settingsWritesTheRecordsAndTheTypeScriptOfAFolderOfManifests() throws IOException {
    int status = run("settings", "--manifests", SettingsGeneratorTest.MANIFESTS.toString(), "--package",
        "com.example.settings", "--java-out", temp.resolve("java").toString(), "--typescript-out",
        temp.resolve("ts/module-settings.ts").toString());
    assertThat(status).as(errors()).isZero();
    assertThat(errors()).contains("read 4 module manifests; wrote 2 records and ");
    assertThat(temp.resolve("java/com/example/settings/TimeTrackingSettings.java")).exists();
    assertThat(Files.readString(temp.resolve("ts/module-settings.ts")))
        .isEqualTo(Files.readString(Path.of("src/test/resources/settings/expected/module-settings.ts")));
  }

  @Test
  void settingsNamesTheFileAndMemberOfAnInvalidManifestAndRefusesAMissingOption() {
    assertThat(run("settings", "--manifests", "src/test/resources/settings/invalid", "--package", "a.b",
        "--typescript-out", "-")).isEqualTo(1);
    assertThat(errors()).contains("bad.json: settings.schema: keyword 'oneOf' at '/properties/mode' is not supported");
    assertThat(run("settings", "--manifests", "x", "--package", "a.b")).isEqualTo(2);
    assertThat(errors()).contains("settings needs --java-out, --typescript-out or both");
  }

  @Test
  void writesTheTypesOfALiveDatabase() throws IOException {
    RegistryDatabase db = RegistryDatabase.shared();
    Path file = temp.resolve("types/database.ts");
    int status = run("typescript", "--db-url", db.jdbcUrl(), "--user", db.ownerUser(), "--password",
        db.ownerPassword(), "--schema", "public", "--out", file.toString());
    assertThat(status).as(errors()).isZero();
    assertThat(Files.readString(file)).isEqualTo(Files.readString(TypeScriptGeneratorTest.COMMITTED_TYPES));
  }

  @Test
  void migratesAFreshDatabaseWithTheGivenFoldersAndPrintsToStandardOutput() throws IOException {
    TypeScriptGeneratorTest.assumeTheVersionTheExpectedOutputsWereMadeOn();
    Path fixtures = Path.of("src/test/resources", TypeScriptGeneratorTest.FIXTURES);
    long started = System.nanoTime();
    int status = run("typescript", "--migrations", fixtures.resolve("kitchen-sink") + "," + fixtures.resolve("edge-cases")
        + "," + fixtures.resolve("supabase-app"),
        "--schema", "public", "--schema", "extra", "--out", "-");
    System.out.printf("typescript --migrations took %d ms%n", (System.nanoTime() - started) / 1_000_000);
    assertThat(status).as(errors()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(TypeScriptGeneratorTest.EXPECTED.resolve("kitchen-sink.ts")));
  }

  @Test
  void unqualifiedNamesInTheGivenMigrationsLandInPublicAndTheirHistoryTableDoesNot() {
    int status = run("typescript", "--migrations", "src/test/resources/" + TypeScriptGeneratorTest.FIXTURES
        + "unqualified", "--out", "-");
    assertThat(status).as(errors()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("      notes: {\n        Row: {\n          body: string\n          id: number\n"
            + "          kind: Database[\"public\"][\"Enums\"][\"note_kind\"]\n")
        .contains("note_kind: [\"idea\", \"todo\"]")
        .doesNotContain(CodegenCommand.HISTORY_TABLE);
  }

  @Test
  void anUnreachableDatabaseFailsNamingItWithoutThePassword() {
    int status = run("typescript", "--db-url", "jdbc:postgresql://127.0.0.1:1/postgres?password=url-secret",
        "--user", "postgres", "--password", "hunter2", "--out", temp.resolve("x.ts").toString());
    assertThat(status).isEqualTo(1);
    assertThat(errors()).contains("127.0.0.1:1").doesNotContain("hunter2").doesNotContain("url-secret");
  }

  @Test
  void anUnknownSchemaFailsListingTheOnesThatExist() {
    RegistryDatabase db = RegistryDatabase.shared();
    int status = run("typescript", "--db-url", db.jdbcUrl(), "--user", db.ownerUser(), "--schema", "nope",
        "--out", temp.resolve("x.ts").toString());
    assertThat(status).isEqualTo(1);
    assertThat(errors()).contains("schema nope not found").contains("public");
    assertThat(temp.resolve("x.ts")).doesNotExist();
  }

  @Test
  void aFailingMigrationNamesTheFileTheLineAndPostgresMessage() {
    int status = run("typescript", "--migrations", "src/test/resources/db/codegen-test/broken", "--out",
        temp.resolve("x.ts").toString());
    assertThat(status).isEqualTo(1);
    assertThat(errors()).contains("20250601000000_broken_migration.sql").contains("Line").contains("syntax error");
  }

  @Test
  void usageErrorsExitWithTwoAndShowTheUsage() {
    assertThat(run("typescript", "--out", "x.ts")).isEqualTo(2);
    assertThat(errors()).contains("give either --db-url or --migrations").contains("usage:");
    assertThat(run("typescript", "--migrations", "does-not-exist", "--out", "x.ts")).isEqualTo(1);
    assertThat(errors()).contains("does-not-exist");
  }
}
