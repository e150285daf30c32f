package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A module's settings schema, compiled once: the Java side of "checked twice with the same verdict" (issue 20).
 * The database's side is {@code module_registry.settings_violations} / {@code settings_schema_problems}
 * (migration {@code 20241205000000_settings_validator}, which documents the subset); both give the same
 * verdict and the same texts, which {@code SettingsSchemaDifferentialTest} checks on generated documents.
 *
 * <p>The subset of JSON Schema 2020-12: {@code type}, {@code properties}, {@code required},
 * {@code additionalProperties}, {@code enum}, {@code const}, {@code minimum}, {@code maximum},
 * {@code exclusiveMinimum}, {@code exclusiveMaximum}, {@code minLength}, {@code maxLength}, {@code pattern},
 * {@code format} (date, date-time, uuid, email), {@code items}, {@code minItems}, {@code maxItems},
 * {@code uniqueItems}, {@code $defs} (at the root), {@code $ref} ({@code #/$defs/<name>}), and the annotations.
 * Semantics pinned for both sides: 1.0 is an integer, numbers compare exactly (parse documents with
 * {@code USE_BIG_DECIMAL_FOR_FLOATS} to keep them exact), lengths count code points, {@code pattern} searches,
 * {@code enum}/{@code const}/{@code uniqueItems} use JSON equality. A {@code pattern} may use only the
 * constructs that mean the same in Java and in PostgreSQL's ARE (no {@code \d}, {@code \w}, {@code \s},
 * lookaround, back-references or flags: write {@code [0-9]}); {@code .} matches any character and {@code $}
 * only the end, as in ARE.
 *
 * <p>networknt's json-schema-validator (2020-12 dialect) walks the schema and the document; the value
 * assertions are {@link SettingsKeywords}, plugged into its dialect where its own semantics differ from the
 * contract. Thread-safe: the schema's validators are built in {@link #of}.
 */
final class SettingsSchema {

  /** At most this many violations are listed in {@link #message}. */
  static final int LISTED = 10;

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(
      Dialect.builder(Dialects.getDraft202012()).keywords(SettingsKeywords.keywords())
          .formats(SettingsKeywords.formats()).build());

  private final Schema schema;

  private SettingsSchema(Schema schema) {
    this.schema = schema;
  }

  /**
   * Compiles a settings schema.
   *
   * @throws IllegalArgumentException if it is outside the subset: the message lists every problem
   *     ({@link #problems}); fix the manifest's {@code settings.schema}
   */
  static SettingsSchema of(JsonNode schema) {
    Objects.requireNonNull(schema, "schema");
    List<String> problems = problems(schema);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the settings schema is outside the supported subset of JSON Schema: "
          + String.join("; ", problems));
    }
    Schema compiled = REGISTRY.getSchema(schema);
    compiled.initializeValidators();
    return new SettingsSchema(compiled);
  }

  /**
   * Why a schema is outside the subset, as {@code module_registry.settings_schema_problems} says it: distinct,
   * sorted by code point; empty when it is in the subset.
   */
  static List<String> problems(JsonNode schema) {
    return SettingsSchemaSubset.problems(schema);
  }

  /**
   * The settings' violations, {@code '<pointer>' violates <keyword>}, distinct, sorted by pointer (code point
   * order), then keyword; empty when the settings are valid. Same as {@code module_registry.settings_violations}.
   */
  List<String> violations(JsonNode settings) {
    Objects.requireNonNull(settings, "settings");
    TreeSet<Violation> found = new TreeSet<>();
    for (Error error : schema.validate(settings,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))) {
      String pointer = pointer(error.getInstanceLocation());
      // required and additionalProperties report the object; the contract names its member
      if (error.getProperty() != null
          && ("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword()))) {
        pointer = pointer + "/" + pointerToken(error.getProperty());
      }
      found.add(new Violation(pointer, error.getKeyword()));
    }
    List<String> texts = new ArrayList<>(found.size());
    found.forEach(v -> texts.add("'" + v.pointer + "' violates " + v.keyword));
    return texts;
  }

  /**
   * The refusal of settings that break their module's schema, as the database's settings trigger words it:
   * {@code settings of module '<id>' for organization <uuid> break its settings schema: <v1>; <v2>}, at most
   * {@value #LISTED} violations, then {@code ; and <n> more}.
   */
  static String message(String moduleId, UUID orgId, List<String> violations) {
    StringBuilder out = new StringBuilder("settings of module '").append(moduleId).append("' for organization ")
        .append(orgId).append(" break its settings schema: ")
        .append(String.join("; ", violations.subList(0, Math.min(LISTED, violations.size()))));
    if (violations.size() > LISTED) {
      out.append("; and ").append(violations.size() - LISTED).append(" more");
    }
    return out.toString();
  }

  /** An RFC 6901 pointer token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String pointerToken(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Compares strings by Unicode code point, as PostgreSQL's {@code collate "C"} compares UTF-8. */
  static int compareCodePoints(String a, String b) {
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  private static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      out.append('/').append(pointerToken(String.valueOf(path.getElement(i))));
    }
    return out.toString();
  }

  private record Violation(String pointer, String keyword) implements Comparable<Violation> {
    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::pointer, SettingsSchema::compareCodePoints)
        .thenComparing(Violation::keyword, SettingsSchema::compareCodePoints);

    @Override
    public int compareTo(Violation other) {
      return ORDER.compare(this, other);
    }
  }
}
