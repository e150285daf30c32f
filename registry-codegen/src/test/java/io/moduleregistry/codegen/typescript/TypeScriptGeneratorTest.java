package io.moduleregistry.codegen.typescript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.codegen.CodegenException;
import io.moduleregistry.codegen.CommittedTypes;
import io.moduleregistry.testkit.RegistryDatabase;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TypeScript generator against Supabase's own ({@code @supabase/postgres-meta} 0.99.0 from
 * npm, run with node where it is installed) on the registry's migrations and on fixture migrations
 * that hold every kind of object real schemas do; always against the committed expected outputs
 * in {@code src/test/resources/typescript-expected}, which {@code
 * -Dregistry.types.expected.update=true} rewrites.
 */
public class TypeScriptGeneratorTest {

  // Public for the codegen package's tests, which compare with the same expected outputs.
  public static final String FIXTURES = "db/typescript-fixtures/";
  public static final Path EXPECTED = Path.of("src/test/resources/typescript-expected");
  public static final Path COMMITTED_TYPES = Path.of("../registry-types/database.ts");

  private static RegistryDatabase fixtures;

  /** One generation: which database, which schemas, which options, and its expected output's name. */
  record Case(String name, boolean fixtureDatabase, TypeScriptOptions options) {
    RegistryDatabase database() {
      return fixtureDatabase ? fixtures : RegistryDatabase.shared();
    }

    /** The registry's own types are the committed {@code registry-types/database.ts}. */
    Path expectedFile() {
      return name.equals("registry") ? COMMITTED_TYPES : EXPECTED.resolve(name + ".ts");
    }

    @Override
    public String toString() {
      return name + " " + options.schemas();
    }
  }

  @BeforeAll
  static void startFixtureDatabase() {
    fixtures = RegistryDatabase.builder()
        .extraMigrations("classpath:" + FIXTURES + "kitchen-sink", "classpath:" + FIXTURES + "edge-cases",
            "classpath:" + FIXTURES + "supabase-app", "classpath:" + FIXTURES + "saas-app",
            "classpath:" + FIXTURES + "inventory", "classpath:" + FIXTURES + "numeric-names",
            "classpath:" + FIXTURES + "international").start();
  }

  @AfterAll
  static void stopFixtureDatabase() {
    fixtures.close();
  }

  static Stream<Case> referenceCases() {
    TypeScriptOptions d = TypeScriptOptions.defaults();
    return Stream.of(
        new Case("registry", false, d),
        new Case("kitchen-sink", true, d.withSchemas(List.of("public", "extra"))),
        new Case("edge-cases", true, d.withSchemas(List.of("edge", "other", "empty_schema"))),
        new Case("edge-only", true, d.withSchemas(List.of("edge"))),
        new Case("quoted-schema", true, d.withSchemas(List.of("Odd Schema", "edge"))),
        new Case("without-one-to-one", true, d.withSchemas(List.of("public")).withDetectOneToOne(false)),
        new Case("postgrest-version", false, d.withPostgrestVersion("13.0.5")),
        // schemas written to probe the generator against the reference, as a team's would look
        new Case("saas-app", true, d.withSchemas(List.of("app", "api"))),
        new Case("saas-api-without-one-to-one", true, d.withSchemas(List.of("api", "app")).withDetectOneToOne(false)),
        new Case("saas-private", true, d.withSchemas(List.of("private", "api", "app"))),
        new Case("inventory", true, d.withSchemas(List.of("inventory", "ref_data"))),
        new Case("numeric-names", true, d.withSchemas(List.of("numbered"))),
        new Case("international", true, d.withSchemas(List.of("intl"))));
  }

  static Stream<Case> allCases() {
    TypeScriptOptions extras = TypeScriptOptions.defaults().withJsDocComments(true).withCheckConstraintUnions(true);
    return Stream.concat(referenceCases(), Stream.of(
        new Case("registry.extras", false, extras),
        new Case("kitchen-sink.extras", true, extras.withSchemas(List.of("public", "extra")))));
  }

  @ParameterizedTest
  @MethodSource("allCases")
  void matchesTheCommittedExpectedOutput(Case c) throws IOException {
    assumeTheVersionTheExpectedOutputsWereMadeOn();
    String generated = generate(c);
    Path expected = c.expectedFile();
    if (Boolean.getBoolean("registry.types.expected.update") && !expected.equals(COMMITTED_TYPES)) {
      Files.writeString(expected, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated).as("%s is stale; if the generator changed on purpose, rerun with "
            + "-Dregistry.types.expected.update=true (fixtures) or %s (registry-types)", expected,
            CommittedTypes.REFRESH_COMMAND)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  /**
   * The committed outputs were generated on the default PostgreSQL (17): other versions' catalogs
   * differ (types, functions), so there only the comparison with Supabase's generator, run on the
   * same database, applies.
   */
  public static void assumeTheVersionTheExpectedOutputsWereMadeOn() {
    String version = System.getProperty("registry.pg.version", "17").trim();
    if (!version.isEmpty() && !version.equals("17")) {
      String reason = "the committed expected TypeScript outputs were generated on PostgreSQL 17, this run is on "
          + version + "; the comparison with Supabase's generator still runs where node is installed";
      System.out.println("SKIPPED: " + reason);
      org.junit.jupiter.api.Assumptions.assumeTrue(false, reason);
    }
  }

  @ParameterizedTest
  @MethodSource("referenceCases")
  void isByteIdenticalToSupabasesGenerator(Case c) {
    Path tools = NodeToolchain.require();
    String generated = generate(c);
    long started = System.nanoTime();
    NodeToolchain.Result reference = NodeToolchain.run(tools, referenceEnvironment(c), 120, "node",
        "node_modules/@supabase/postgres-meta/dist/server/server.js");
    System.out.printf("%s: Supabase's generator took %d ms%n", c, (System.nanoTime() - started) / 1_000_000);
    assertThat(reference.exitCode()).as(reference.stderr()).isZero();
    assertThat(generated).isEqualTo(reference.stdout());
  }

  @Test
  void opt_inExtrasAddJsDocAndCheckConstraintUnions() throws IOException {
    String extras = Files.readString(EXPECTED.resolve("registry.extras.ts"));
    assertThat(extras)
        .contains("          role: \"owner\" | \"admin\" | \"member\"\n")
        .contains("          role?: \"owner\" | \"admin\" | \"member\"\n")
        .contains("      /** Modules installed per organization, with their settings. */\n      org_modules: {");
    assertThat(Files.readString(EXPECTED.resolve("kitchen-sink.extras.ts")))
        .contains("/** A JSON object; \"quoted\" *\\/ and all. */")
        .contains("kind: \"note\" | \"article\" | null")
        .contains("rating: number | null");
  }

  @Test
  void anUnknownSchemaFailsListingTheSchemasThatExist() throws SQLException {
    try (Connection connection = fixtures.ownerDataSource().getConnection()) {
      assertThatThrownBy(() -> TypeScriptGenerator.generate(connection,
          TypeScriptOptions.defaults().withSchemas(List.of("public", "no_such_schema"))))
          .isInstanceOf(CodegenException.class)
          .hasMessageContaining("schema no_such_schema not found")
          .hasMessageContaining("extra, hidden").hasMessageContaining("public")
          .hasMessageContaining("grant usage");
    }
  }

  @Test
  void namesSortAsJavaScriptsEnglishCollatorSortsThem() {
    List<String> names = new ArrayList<>(List.of("organizations", "org_members", "Zeta", "a1", "a_b", "a-b", "ab",
        "aB", "Ab", "$x", "1x", "ñandú", "nz", "c_int2", "c_int_array", "CamelCase", "c_xml", "é", "e", "f"));
    names.sort(NameOrder.INSTANCE);
    // The order node prints for names.sort(new Intl.Collator("en").compare).
    assertThat(names).containsExactly("$x", "1x", "a_b", "a-b", "a1", "ab", "aB", "Ab", "c_int_array", "c_int2",
        "c_xml", "CamelCase", "e", "é", "f", "ñandú", "nz", "org_members", "organizations", "Zeta");
  }

  @Test
  void namesBeyondAsciiSortAsJavaScriptsEnglishCollatorSortsThem() {
    List<String> names = new ArrayList<>(List.of("größe", "grot", "gross", "straße", "strasse", "strat", "łódź", "lz",
        "lodz", "€uro", "$x", "1x", "_a", "a", "ærø", "aero", "aes", "œuvre", "oeuvre", "øre", "ore", "orf", "đak",
        "dak", "dal", "ħa", "ha", "hb", "§x", "°c", "×y", "«q", "–d", "’s", "αβ", "яз", "ıi", "ii", "ij", "ĳ", "ﬁx",
        "fix", "Ａb", "ab", "ß", "ss", "st", "ÿ", "y", "z", "Zeta", "zz", "þorn", "ðe", "dz", "a٣", "a4", "x\u00ad",
        "x·", "x゛", "〇", "ª", "가", "中", "ა", "Ա", "Ꭰ", "ก"));
    names.sort(NameOrder.INSTANCE);
    // The order node 20 (ICU 78) prints for names.sort(new Intl.Collator("en").compare).
    assertThat(names).containsExactly("_a", "–d", "’s", "«q", "§x", "°c", "×y", "$x", "€uro", "〇", "1x", "a", "ª",
        "a٣", "a4", "ab", "Ａb", "aero", "ærø", "aes", "dak", "đak", "dal", "ðe", "dz", "fix", "ﬁx", "gross", "größe",
        "grot", "ha", "ħa", "hb", "ii", "ij", "ĳ", "ıi", "lodz", "łódź", "lz", "oeuvre", "œuvre", "ore", "øre",
        "orf", "ss", "ß", "st", "strasse", "straße", "strat", "x\u00ad", "x·", "x゛", "y", "ÿ", "z", "Zeta", "zz",
        "þorn", "αβ", "яз", "ა", "Ա", "ก", "Ꭰ", "가", "中");
  }

  @Test
  void stringsAndKeysAreQuotedAsPrettierQuotesThem() {
    assertThat(JsStrings.quote("it's")).isEqualTo("\"it's\"");
    assertThat(JsStrings.quote("say \"hi\"")).isEqualTo("'say \"hi\"'");
    assertThat(JsStrings.quote("tab\there")).isEqualTo("\"tab\\there\"");
    assertThat(JsStrings.propertyKey("default")).isEqualTo("default");
    assertThat(JsStrings.propertyKey("ñandú")).isEqualTo("ñandú");
    assertThat(JsStrings.propertyKey("kebab-case")).isEqualTo("\"kebab-case\"");
    assertThat(JsStrings.propertyKey("1st")).isEqualTo("\"1st\"");
    assertThat(JsStrings.propertyKey("")).isEqualTo("\"\"");
    // identifier names by code point, with Other_ID_Start/Continue, as the reference's formatter unquotes them
    for (String bare : List.of("x·", "℘", "𝑥", "℮x", "x\u309B", "x\u1369", "ª", "ǅ", "x\u200C")) {
      assertThat(JsStrings.propertyKey(bare)).as(bare).isEqualTo(bare);
    }
    for (String quoted : List.of("x\u00AD", "x\u200B", "\u2E2F", "a b", "\uD835")) {
      assertThat(JsStrings.propertyKey(quoted)).as(quoted).startsWith("\"");
    }
  }

  @Test
  void eastAsianWideCharactersAndWideEmojiTakeTwoColumns() {
    assertThat(DocPrinter.displayWidth("✅☕⭐🛒🚀猫한ｆ😀")).isEqualTo(18);
    assertThat(DocPrinter.displayWidth("❤🇩🇪e\u0301ab")).isEqualTo(6); // narrow: heart, two regional indicators
  }

  @Test
  void checkConstraintsYieldTheirValuesOnlyWhenTheyListLiterals() {
    assertThat(CheckConstraints.allowedValues(
        "CHECK (role = ANY (ARRAY['owner'::text, 'admin'::text, 'member'::text]))", "role"))
        .containsExactly("owner", "admin", "member");
    assertThat(CheckConstraints.allowedValues(
        "CHECK (kind::text = ANY (ARRAY['a''b'::character varying, 'c'::character varying]::text[]))", "kind"))
        .containsExactly("a'b", "c");
    assertThat(CheckConstraints.allowedValues("CHECK (\"Kind\" = 'only'::text)", "Kind")).containsExactly("only");
    assertThat(CheckConstraints.allowedValues("CHECK (rating >= 1 AND rating <= 5)", "rating")).isEmpty();
    assertThat(CheckConstraints.allowedValues("CHECK (role = ANY (ARRAY['a'::text, lower(x)]))", "role")).isEmpty();
    assertThat(CheckConstraints.allowedValues("CHECK (other = 'x'::text)", "role")).isEmpty();
  }

  static String generate(Case c) {
    try (Connection connection = c.database().ownerDataSource().getConnection()) {
      return TypeScriptGenerator.generate(connection, c.options());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The environment that makes postgres-meta print the types, as {@code supabase gen types typescript} runs it. */
  static Map<String, String> referenceEnvironment(Case c) {
    RegistryDatabase db = c.database();
    String hostAndDatabase = db.jdbcUrl().substring("jdbc:postgresql://".length()).replaceFirst("^localhost", "127.0.0.1");
    String credentials = URLEncoder.encode(db.ownerUser(), StandardCharsets.UTF_8)
        + (db.ownerPassword().isEmpty() ? "" : ":" + URLEncoder.encode(db.ownerPassword(), StandardCharsets.UTF_8));
    Map<String, String> environment = new HashMap<>(Map.of(
        "PG_META_DB_URL", "postgresql://" + credentials + "@" + hostAndDatabase,
        "PG_META_GENERATE_TYPES", "typescript",
        "PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS", String.join(",", c.options().schemas()),
        "PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS", Boolean.toString(c.options().detectOneToOne())));
    if (c.options().postgrestVersion() != null) {
      environment.put("PG_META_POSTGREST_VERSION", c.options().postgrestVersion());
    }
    return environment;
  }
}
