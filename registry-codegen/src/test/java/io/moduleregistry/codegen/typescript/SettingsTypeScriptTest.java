package io.moduleregistry.codegen.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.codegen.settings.SettingsGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated settings types in use: {@code src/test/typescript/settings-client.ts} reads and
 * writes {@code org_modules.settings} through a supabase-js client typed by the committed {@code
 * registry-types/database.ts}, as {@code ModuleSettings['time-tracking']} of the test manifests;
 * its {@code @ts-expect-error} lines (a wrong enum value, a missing required member, an unknown
 * member, a wrong type, an unknown module) must fail. {@code settings-wrong.ts}, a wrong enum value
 * alone, must be refused by tsc with its error. {@code tsc --strict --noEmit} (typescript 5.8);
 * skipped, saying why, without node.
 */
class SettingsTypeScriptTest {

  @Test
  void aSupabaseJsClientReadsAndWritesTypedSettings() throws IOException {
    Path tools = prepare();
    NodeToolchain.Result tsc = tsc(tools, "tsconfig.settings.json");
    assertThat(tsc.exitCode()).as("tsc reported:\n" + tsc.output()).isZero();
  }

  @Test
  void theReadmeShowsTheUsageFileAsWritten() throws IOException {
    String client = Files.readString(NodeToolchain.PROJECT.resolve("settings-client.ts"));
    String start = "// readme:settings:start\n";
    String lines = client.substring(client.indexOf(start) + start.length(), client.indexOf("  // readme:settings:end"));
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("import { settingsOf, type ModuleSettings } from \"./module-settings.ts\"\n\n"
        + lines.replaceAll("(?m)^  ", "") + "```");
    assertThat(client).contains("import { settingsOf, type ModuleSettings } from \"./module-settings.ts\"\n");
  }

  @Test
  void aWrongEnumValueDoesNotCompile() throws IOException {
    Path tools = prepare();
    NodeToolchain.Result tsc = tsc(tools, "tsconfig.settings-wrong.json");
    assertThat(tsc.exitCode()).as("tsc must refuse settings-wrong.ts:\n" + tsc.output()).isNotZero();
    assertThat(tsc.output()).contains("settings-wrong.ts(4,").contains("error TS2322")
        .contains("Type '\"fifteen\"' is not assignable to type");
  }

  private static Path prepare() throws IOException {
    Path tools = NodeToolchain.require();
    SettingsGenerator.Output output = SettingsGenerator.generate(SettingsGenerator.readManifests(
        Path.of("src/test/resources/settings/manifests")), "com.example.settings");
    Files.writeString(tools.resolve(SettingsGenerator.TYPESCRIPT_FILE), output.typescript());
    NodeToolchain.copy(TypeScriptGeneratorTest.COMMITTED_TYPES, tools.resolve("database.ts"));
    NodeToolchain.copyFromProject("settings-client.ts", "settings-wrong.ts", "tsconfig.json",
        "tsconfig.settings.json", "tsconfig.settings-wrong.json");
    return tools;
  }

  private static NodeToolchain.Result tsc(Path tools, String project) {
    long started = System.nanoTime();
    NodeToolchain.Result tsc = NodeToolchain.run(tools, Map.of(), 300, "node", "node_modules/typescript/bin/tsc",
        "--strict", "--noEmit", "-p", project);
    System.out.printf("tsc --strict --noEmit -p %s took %d ms%n", project, (System.nanoTime() - started) / 1_000_000);
    return tsc;
  }
}
