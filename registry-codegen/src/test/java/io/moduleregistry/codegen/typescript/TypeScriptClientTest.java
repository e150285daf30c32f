package io.moduleregistry.codegen.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated types in use: {@code src/test/typescript/client.ts} queries the registry with
 * {@code @supabase/supabase-js} typed by the committed {@code registry-types/database.ts} (a select
 * with an embedded relationship, an insert of the required columns, an update; the registry has no RPC), and
 * its {@code @ts-expect-error} lines (a missing required column, a wrong type, an unknown table,
 * an RPC the registry does not expose) must fail; {@code extras-check.ts} does the same for the opt-in extras.
 * Compiled with {@code tsc --strict --noEmit} (typescript 5.8); skipped, saying why, without node.
 */
class TypeScriptClientTest {

  @Test
  void aSupabaseJsClientTypeChecksAgainstTheGeneratedTypes() {
    Path tools = NodeToolchain.require();
    NodeToolchain.copy(TypeScriptGeneratorTest.COMMITTED_TYPES, tools.resolve("database.ts"));
    NodeToolchain.copy(TypeScriptGeneratorTest.EXPECTED.resolve("registry.extras.ts"), tools.resolve("extras.ts"));
    NodeToolchain.copyFromProject("client.ts", "extras-check.ts", "tsconfig.json");

    long started = System.nanoTime();
    NodeToolchain.Result tsc = NodeToolchain.run(tools, Map.of(), 300, "node", "node_modules/typescript/bin/tsc",
        "--strict", "--noEmit", "-p", "tsconfig.json");
    System.out.printf("tsc --strict --noEmit took %d ms%n", (System.nanoTime() - started) / 1_000_000);

    assertThat(tsc.exitCode()).as("tsc reported:\n" + tsc.output()).isZero();
  }
}
