package io.moduleregistry.schema;

import static io.moduleregistry.schema.SqlStates.INSUFFICIENT_PRIVILEGE;
import static io.moduleregistry.schema.SqlStates.sqlState;
import static io.moduleregistry.schema.Transactions.execute;
import static io.moduleregistry.schema.Transactions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.moduleregistry.testkit.Fixtures;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The settings schemas' compiled checks (migration 20241207000000): kept with the schema they were
 * compiled from by a trigger on the catalog; trusted by the settings trigger only while that schema is
 * the module's; readable and writable by nobody but the owner. Whether a check ever matches a document
 * the schema refuses is SettingsSchemaDifferentialTest's (registry-api) question.
 */
class SettingsCompiledCheckSqlTest {

  static final String SCHEMA = SettingsContractSqlTest.SCHEMA;
  static final String OTHER = "{\"type\": \"object\", \"properties\": {\"rounding\": {\"type\": \"string\"}}}";

  private static DataSource app;
  private static DataSource owner;
  private static Fixtures f;
  private static final Caller service = Caller.service();

  @BeforeAll
  static void catalog() {
    RegistryDatabase db = RegistryDatabase.shared();
    app = db.appDataSource();
    owner = db.ownerDataSource();
    f = db.fixtures();
    f.module("cc-time", "Time");
    f.update("update public.modules set settings_schema = ?::jsonb, settings_defaults = ?::jsonb where id = 'cc-time'",
        SCHEMA, SettingsContractSqlTest.DEFAULTS);
  }

  private static Object checked(String module) {
    return f.queryValue("select settings_schema::text from module_registry.settings_checks where module_id = ?", module);
  }

  private static boolean matches(String module, String document) {
    return (Boolean) f.queryValue("select jsonb_path_exists(?::jsonb, settings_check, '{\"h\": null}', true)"
        + " from module_registry.settings_checks where module_id = ?", document, module);
  }

  private static void withSchema(String module, String name, String schema) {
    f.module(module, name);
    f.update("update public.modules set settings_schema = ?::jsonb where id = ?", schema, module);
  }

  /** A tenant with the module installed, as the owner, with these settings. */
  private static Tenant installed(String module, String settings) {
    Tenant acme = f.tenant("Acme");
    f.update("insert into public.org_modules (org_id, module_id, settings) values (?, ?, ?::jsonb)",
        acme.orgId(), module, settings);
    return acme;
  }

  /** The tenant's admin, through RLS, replacing the module's settings: refused with the walk's message. */
  private static void assertAdminWriteRefused(Tenant acme, String module, String settings, String message) {
    assertThatThrownBy(() -> Caller.user("admin", acme.admin()).update(app, "update public.org_modules"
        + " set settings = ?::jsonb where org_id = ? and module_id = ?", settings, acme.orgId(), module))
        .satisfies(sqlState(SettingsContractSqlTest.BROKEN))
        .hasMessageContaining(message);
  }

  @Test
  void theCatalogsTriggerKeepsEachModulesCheckWithTheSchemaItWasCompiledFrom() {
    f.module("cc-follow", "Follow");
    assertThat(checked("cc-follow")).as("no schema, no check").isNull();
    f.update("update public.modules set settings_schema = ?::jsonb, settings_defaults = ?::jsonb where id = 'cc-follow'",
        SCHEMA, SettingsContractSqlTest.DEFAULTS);
    assertThat(checked("cc-follow")).isEqualTo(f.queryValue("select ?::jsonb::text", SCHEMA));
    assertThat(matches("cc-follow", "{\"rounding\": 15, \"mode\": \"strict\"}")).isTrue();
    assertThat(matches("cc-follow", "{\"rounding\": \"15\"}")).isFalse();
    f.update("update public.modules set settings_schema = ?::jsonb, settings_defaults = '{}' where id = 'cc-follow'", OTHER);
    assertThat(checked("cc-follow")).isEqualTo(f.queryValue("select ?::jsonb::text", OTHER));
    assertThat(matches("cc-follow", "{\"rounding\": \"15\"}")).isTrue();
    f.update("update public.modules set settings_schema = null where id = 'cc-follow'");
    assertThat(checked("cc-follow")).isNull();
    f.update("update public.modules set settings_schema = ?::jsonb where id = 'cc-follow'", OTHER);
    f.update("delete from public.modules where id = 'cc-follow'");
    assertThat(f.queryValue("select count(*) from module_registry.settings_checks where module_id = 'cc-follow'"))
        .isEqualTo(0L);
  }

  @Test
  void theTriggerTrustsACheckOnlyWhileItsSchemaIsTheModules() throws SQLException {
    Tenant acme = f.tenant("Acme");
    String broken = "{\"rounding\": \"fifteen\"}";
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      try {
        // a check that matches everything, compiled (so it says) from the module's schema: the trigger
        // takes its word, and the walk never runs, which is why only the owner may write these rows
        execute(c, "update module_registry.settings_checks set settings_check = 'strict $ ? (exists(@))'"
            + " where module_id = 'cc-time'");
        asAdmin(c, acme.admin());
        assertThat(execute(c, "insert into public.org_modules (org_id, module_id, settings) values (?, 'cc-time', ?::jsonb)",
            acme.orgId(), broken)).isEqualTo(1);
        execute(c, "reset role");
        // the same check kept for another schema (a row the trigger on modules did not refresh): ignored
        execute(c, "update module_registry.settings_checks set settings_schema = ?::jsonb where module_id = 'cc-time'", OTHER);
        asAdmin(c, acme.admin());
        execute(c, "savepoint stale");
        assertThatThrownBy(() -> execute(c, "update public.org_modules set settings = ?::jsonb"
            + " where org_id = ? and module_id = 'cc-time'", "{\"rounding\": 61}", acme.orgId()))
            .satisfies(sqlState(SettingsContractSqlTest.BROKEN))
            .hasMessageContaining("'/rounding' violates maximum");
        execute(c, "rollback to savepoint stale");
      } finally {
        c.rollback();
      }
    }
    assertThat(checked("cc-time")).as("rolled back").isEqualTo(f.queryValue("select ?::jsonb::text", SCHEMA));
  }

  @Test
  void noApiRoleMayReadOrWriteTheChecksOrCallTheCompilersParts() {
    Tenant acme = f.tenant("Acme");
    for (Caller caller : new Caller[] {Caller.user("admin", acme.admin()), service, Caller.anon()}) {
      assertThatThrownBy(() -> caller.update(app, "update module_registry.settings_checks"
          + " set settings_check = 'strict $' where module_id = 'cc-time'"))
          .as(caller.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
      assertThatThrownBy(() -> caller.update(app, "select count(*) from module_registry.settings_checks"))
          .as(caller.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
      assertThatThrownBy(() -> caller.update(app, "select module_registry.settings_check_equals('1', 1)"))
          .as(caller.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
      assertThatThrownBy(() -> caller.update(app, "select module_registry.settings_check_predicate('{}', '{}', 1, 1, '$h')"))
          .as(caller.name()).satisfies(sqlState(INSUFFICIENT_PRIVILEGE));
    }
  }

  @Test
  void aSchemaOutsideTheSubsetCompilesToNothing() {
    assertThat(f.queryValue("select module_registry.settings_check('{\"type\": \"object\", \"oneOf\": []}')")).isNull();
    assertThat(f.queryValue("select module_registry.settings_check('{\"type\": \"string\"}')")).isNull();
    assertThat(f.queryValue("select module_registry.settings_check(null)")).isNull();
    assertThat(f.queryValue("select module_registry.settings_check('{\"type\": \"object\"}') is not null")).isEqualTo(true);
  }

  @Test
  void aSchemaWhoseCheckWouldPassTheSizeBoundGetsNoneAndItsWritesAreWalked() {
    // an enum of 5,000 numbers: about 175,000 characters of check, past the compiler's 100,000
    String values = IntStream.range(0, 5000).mapToObj(Integer::toString)
        .collect(Collectors.joining(", "));
    withSchema("cc-large", "Large", "{\"type\": \"object\", \"properties\": {\"n\": {\"enum\": [" + values + "]}}}");
    assertThat(f.queryValue("select count(*) from module_registry.settings_checks where module_id = 'cc-large'"))
        .isEqualTo(0L);
    assertAdminWriteRefused(installed("cc-large", "{\"n\": 4999}"), "cc-large", "{\"n\": 5000}", "'/n' violates enum");
  }

  @Test
  void lengthsWrittenAsDecimalsCompileToTheSameBounds() {
    withSchema("cc-decimal", "Decimal",
        "{\"type\": \"object\", \"properties\": {\"code\": {\"type\": \"string\", \"minLength\": 2.0, \"maxLength\": 3.0}}}");
    assertThat(matches("cc-decimal", "{\"code\": \"ab\"}")).isTrue();
    assertThat(matches("cc-decimal", "{\"code\": \"abc\"}")).isTrue();
    assertThat(matches("cc-decimal", "{\"code\": \"a\"}")).isFalse();
    assertThat(matches("cc-decimal", "{\"code\": \"abcd\"}")).isFalse();
  }

  @Test
  void aSchemaNestedDeeperThanTheCompilerGoesLeavesWhatLiesDeeperToTheWalk() {
    // arrays 200 deep whose innermost items are a definition itself 200 deep: the catalog examines each
    // 200 deep; the compiler, inlining the definition, would recurse 400 deep, past PostgreSQL's stack
    String definition = "{\"type\": \"integer\"}";
    String property = "{\"$ref\": \"#/$defs/deep\"}";
    for (int i = 0; i < 200; i++) {
      definition = "{\"items\": " + definition + "}";
      property = "{\"type\": \"array\", \"items\": " + property + "}";
    }
    withSchema("cc-deep", "Deep",
        "{\"type\": \"object\", \"$defs\": {\"deep\": " + definition + "}, \"properties\": {\"d\": " + property + "}}");
    assertThat(matches("cc-deep", "{\"d\": [[]]}")).as("shallow: decided by the check").isTrue();
    String deep = "{\"d\": " + "[".repeat(100) + "]".repeat(100) + "}";
    assertThat(matches("cc-deep", deep)).as("deeper than the compiler went: walked").isFalse();
    assertAdminWriteRefused(installed("cc-deep", deep), "cc-deep", "{\"d\": [\"flat\"]}", "'/d/0' violates type");
  }

  @Test
  void aConstOrEnumValueNestedDeeperThanTheCompilerGoesLeavesWhatLiesDeeperToTheWalk() {
    // a value 300 deep compiled whole would make a check whose evaluation recurses 300 deep too: from a
    // deeper call stack (a trigger inside a function) a valid write ran out of stack, where the walk alone
    // (a queue) does not; the value's nesting counts against the compiler's bound like a subschema's
    String deep = "[".repeat(300) + "1" + "]".repeat(300);
    withSchema("cc-deep-const", "Deep const",
        "{\"type\": \"object\", \"properties\": {\"c\": {\"const\": " + deep + "},"
            + " \"e\": {\"enum\": [\"flat\", " + deep + "]}, \"s\": {\"const\": [[1]]}}}");
    assertThat(matches("cc-deep-const", "{\"s\": [[1]], \"e\": \"flat\"}")).as("shallow: decided by the check").isTrue();
    assertThat(matches("cc-deep-const", "{\"c\": " + deep + "}")).as("deeper than the compiler went: walked").isFalse();
    assertThat(matches("cc-deep-const", "{\"e\": " + deep + "}")).as("deeper than the compiler went: walked").isFalse();
    assertAdminWriteRefused(installed("cc-deep-const", "{\"c\": " + deep + ", \"e\": " + deep + "}"),
        "cc-deep-const", "{\"c\": [[2]]}", "'/c' violates const");
  }

  @Test
  void aSchemaTheCompilerCannotFinishCompilesToNothingRatherThanFailingTheModulesWrite() throws SQLException {
    assumeTrue(Boolean.TRUE.equals(f.queryValue("select rolsuper from pg_roles where rolname = current_user")),
        "needs a superuser owner to lower max_stack_depth (an external server's owner may not be one)");
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      try {
        // 60 deep: within the compiler's bounds, beyond what 100 kB of stack holds
        String schema = "{\"type\": \"object\", \"properties\": {\"a\": " + "{\"items\": ".repeat(60)
            + "{\"type\": \"string\"}" + "}".repeat(60) + "}}";
        assertThat(value(c, "select module_registry.settings_check(?::jsonb) is null", schema)).isEqualTo(false);
        execute(c, "set local max_stack_depth = '100kB'");
        assertThat(value(c, "select module_registry.settings_check(?::jsonb) is null", schema))
            .as("out of stack: no check, so the walk decides").isEqualTo(true);
      } finally {
        c.rollback();
      }
    }
  }

  private static void asAdmin(Connection c, UUID admin) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ?, true)")) {
      s.setString(1, "{\"sub\":\"" + admin + "\",\"role\":\"authenticated\"}");
      s.execute();
    }
  }
}
