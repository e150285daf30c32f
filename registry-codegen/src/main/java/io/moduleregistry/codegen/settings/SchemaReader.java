package io.moduleregistry.codegen.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One module's settings schema (the subset of JSON Schema 2020-12 the registry supports) read into
 * {@link Shape}s: first checked keyword by keyword, every problem named with its schema pointer,
 * then mapped.
 */
final class SchemaReader {

  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "additionalProperties",
      "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
      "pattern", "format", "items", "minItems", "maxItems", "uniqueItems", "$defs", "$ref", "$schema", "title",
      "description", "$comment", "default", "examples", "deprecated", "readOnly", "writeOnly");
  private static final Set<String> TYPES = Set.of("object", "array", "string", "number", "integer", "boolean",
      "null");
  private static final Set<String> FORMATS = Set.of("date", "date-time", "uuid", "email");
  /** What a schema says beyond its type, repeated in the documentation of the member. */
  private static final List<String> CONSTRAINTS = List.of("minimum", "exclusiveMinimum", "maximum",
      "exclusiveMaximum", "minLength", "maxLength", "pattern", "format", "minItems", "maxItems", "uniqueItems");
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /**
   * A module's settings as read.
   *
   * @param root the settings: a record, or a map when the root declares no properties (no record then)
   * @param types the nested types (records, enums) in the order they were met, definitions last
   * @param defs every definition's shape, by name, in schema order
   */
  record Module(String id, String typeName, Shape root, String rootDoc, List<Shape> types,
      Map<String, Shape> defs) {

    /** The settings record, or {@code null} when the settings are an open map. */
    Shape.Rec record() {
      return root instanceof Shape.Rec rec ? rec : null;
    }
  }

  private final String where;
  private final JsonNode schema;
  private final List<String> problems;
  private final Names typeNames;
  private final List<Shape> types = new ArrayList<>();
  private final Map<String, String> defNames = new LinkedHashMap<>();

  private SchemaReader(String where, JsonNode schema, String typeName, List<String> problems) {
    this.where = where;
    this.schema = schema;
    this.problems = problems;
    this.typeNames = new Names(typeName);
  }

  /**
   * Checks and maps one module's schema.
   *
   * @param where names the file and the member in problems, e.g. {@code time.json: settings.schema}
   * @param problems where problems are added
   * @return the module, or {@code null} when the schema has problems (they are in {@code problems})
   */
  static Module read(String where, String moduleId, String typeName, JsonNode schema, JsonNode defaults,
      List<String> problems) {
    SchemaReader reader = new SchemaReader(where, schema, typeName, problems);
    int before = problems.size();
    reader.check(schema, "");
    if (!schema.isObject() || !"object".equals(schema.path("type").asText(null))) {
      problems.add(where + ": the root schema must have \"type\": \"object\" (settings are always a JSON object)");
    }
    if (problems.size() > before) {
      return null;
    }
    return reader.map(moduleId, typeName, defaults == null ? JsonNodeFactory.instance.objectNode() : defaults);
  }

  // ---- checking ------------------------------------------------------------------------------

  private void check(JsonNode s, String pointer) {
    if (s.isBoolean()) {
      return;
    }
    if (!s.isObject()) {
      problem(pointer, "a schema must be an object or a boolean, not " + s.getNodeType());
      return;
    }
    for (Map.Entry<String, JsonNode> field : s.properties()) {
      String keyword = field.getKey();
      JsonNode value = field.getValue();
      String at = pointer + "/" + escape(keyword);
      if (!KEYWORDS.contains(keyword)) {
        problems.add(where + ": keyword '" + keyword + "' at '" + pointer + "' is not supported");
        continue;
      }
      switch (keyword) {
        case "type" -> checkType(value, at);
        case "properties", "$defs" -> {
          if (!value.isObject()) {
            problem(at, "must be an object of schemas");
          } else {
            value.properties().forEach(e -> check(e.getValue(), at + "/" + escape(e.getKey())));
          }
        }
        case "additionalProperties", "items" -> check(value, at);
        case "required" -> {
          Set<String> seen = new HashSet<>();
          if (!value.isArray() || !allMatch(value, n -> n.isTextual() && seen.add(n.asText()))) {
            problem(at, "must be an array of distinct strings");
          }
        }
        case "enum" -> {
          if (!value.isArray() || value.isEmpty()) {
            problem(at, "must be a non-empty array");
          }
        }
        case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> {
          if (!value.isNumber()) {
            problem(at, "must be a number");
          }
        }
        case "minLength", "maxLength", "minItems", "maxItems" -> {
          if (!value.isIntegralNumber() || value.bigIntegerValue().signum() < 0) {
            problem(at, "must be a non-negative integer");
          }
        }
        case "uniqueItems", "deprecated", "readOnly", "writeOnly" -> {
          if (!value.isBoolean()) {
            problem(at, "must be a boolean");
          }
        }
        case "pattern" -> checkPattern(value, at);
        case "format" -> {
          if (!value.isTextual() || !FORMATS.contains(value.asText())) {
            problem(at, "must be one of date, date-time, uuid, email");
          }
        }
        case "$ref" -> {
          if (!value.isTextual() || definition(value.asText()) == null) {
            problem(at, "must be a local reference #/$defs/<name> to a definition of this schema");
          }
        }
        case "$schema" -> {
          if (!value.isTextual() || !value.asText().equals(DRAFT)) {
            problem(at, "must be " + DRAFT);
          }
        }
        case "title", "description", "$comment" -> {
          if (!value.isTextual()) {
            problem(at, "must be a string");
          }
        }
        default -> { } // const, default, examples: any JSON value
      }
    }
  }

  private void checkType(JsonNode value, String at) {
    Set<String> seen = new HashSet<>();
    boolean ok = value.isTextual() ? TYPES.contains(value.asText())
        : value.isArray() && !value.isEmpty() && allMatch(value, n -> n.isTextual() && TYPES.contains(n.asText())
            && seen.add(n.asText()));
    if (!ok) {
      problem(at, "must be one of " + String.join(", ", new java.util.TreeSet<>(TYPES))
          + ", or an array of distinct ones");
    }
  }

  private void checkPattern(JsonNode value, String at) {
    if (!value.isTextual()) {
      problem(at, "must be a regular expression (a string)");
      return;
    }
    try {
      Pattern.compile(value.asText());
    } catch (PatternSyntaxException e) {
      problem(at, "is not a valid regular expression: " + e.getDescription());
    }
  }

  private void problem(String pointer, String what) {
    problems.add(where + ": '" + pointer + "' " + what);
  }

  /** The definition a {@code #/$defs/<name>} reference names, or {@code null}. */
  private JsonNode definition(String ref) {
    if (!ref.startsWith("#/$defs/") || ref.indexOf('/', "#/$defs/".length()) >= 0) {
      return null;
    }
    JsonNode def = schema.path("$defs").get(unescape(ref.substring("#/$defs/".length())));
    return def == null || !(def.isObject() || def.isBoolean()) ? null : def;
  }

  // ---- mapping -------------------------------------------------------------------------------

  private Module map(String moduleId, String typeName, JsonNode defaults) {
    JsonNode defs = schema.path("$defs");
    // Definitions that become types are named first, so that references to them (recursive ones
    // too) know the name before the definition is read.
    defs.properties().forEach(e -> {
      if (isNamedType(e.getValue())) {
        defNames.put(e.getKey(), typeNames.unique(Names.type(e.getKey())));
      }
    });
    Shape root = object(schema, "", typeName, true, defaults);
    Map<String, Shape> defShapes = new LinkedHashMap<>();
    defs.properties().forEach(e -> {
      String name = defNames.get(e.getKey());
      defShapes.put(e.getKey(), shape(e.getValue(), "/$defs/" + escape(e.getKey()),
          name == null ? Names.type(e.getKey()) : name, name != null, null));
    });
    return new Module(moduleId, typeName, root, doc(schema, defaults, false), List.copyOf(types), defShapes);
  }

  /** A definition that becomes a Java type of its own: an object with properties, or a string enum. */
  private static boolean isNamedType(JsonNode def) {
    return def.isObject() && !def.has("$ref") && (isRecord(def) || isStringEnum(def));
  }

  private static boolean isRecord(JsonNode s) {
    Set<String> t = types(s);
    t.remove("null");
    return t.equals(Set.of("object")) && s.has("properties") && !s.has("enum") && !s.has("const");
  }

  private static boolean isStringEnum(JsonNode s) {
    return s.has("enum") && allMatch(s.get("enum"), n -> n.isTextual() || n.isNull()) && containsText(s.get("enum"));
  }

  private static boolean containsText(JsonNode values) {
    for (JsonNode v : values) {
      if (v.isTextual()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The shape of a schema.
   *
   * @param name the type name to use if it becomes a record or an enum
   * @param named whether {@code name} is already reserved (a definition's)
   * @param defaults the defaults at this location (objects only), or {@code null}
   */
  private Shape shape(JsonNode s, String pointer, String name, boolean named, JsonNode defaults) {
    if (s.isBoolean()) {
      return new Shape.Open();
    }
    if (s.has("$ref")) {
      return new Shape.Ref(unescape(s.get("$ref").asText().substring("#/$defs/".length())));
    }
    Set<String> types = types(s);
    boolean nullable = types.remove("null");
    Shape shape;
    if (s.has("enum") || s.has("const")) {
      shape = literals(s, name, named);
      nullable |= literalValues(s).stream().anyMatch(JsonNode::isNull);
    } else if (types.equals(Set.of("integer", "number")) || types.equals(Set.of("number"))) {
      shape = new Shape.Scalar("BigDecimal", "number");
    } else if (types.size() != 1) {
      return new Shape.Open(); // no type, or several: any of them may come, and null with them
    } else {
      shape = switch (types.iterator().next()) {
        case "string" -> new Shape.Scalar("String", "string");
        case "boolean" -> new Shape.Scalar("Boolean", "boolean");
        case "integer" -> integer(s, List.of());
        case "array" -> new Shape.ListOf(s.has("items")
            ? shape(s.get("items"), pointer + "/items", name + "Item", false, null) : new Shape.Open());
        default -> object(s, pointer, name, named, defaults); // object
      };
    }
    return nullable ? new Shape.Nullable(shape) : shape;
  }

  private Shape object(JsonNode s, String pointer, String name, boolean named, JsonNode defaults) {
    if (s.has("properties")) {
      return record(s, pointer, named ? name : typeNames.unique(name), defaults);
    }
    JsonNode extra = s.get("additionalProperties");
    if (extra != null && extra.isBoolean() && !extra.booleanValue()) {
      return record(s, pointer, named ? name : typeNames.unique(name), defaults); // only {} is valid
    }
    return new Shape.MapOf(extra == null || extra.isBoolean() ? new Shape.Open()
        : shape(extra, pointer + "/additionalProperties", name + "Value", false, null));
  }

  private Shape.Rec record(JsonNode s, String pointer, String name, JsonNode defaults) {
    Set<String> required = new HashSet<>();
    s.path("required").forEach(n -> required.add(n.asText()));
    Names memberNames = new Names();
    List<Shape.Member> members = new ArrayList<>();
    Shape.Rec rec = new Shape.Rec(name, members, !isFalse(s.get("additionalProperties")),
        pointer.isEmpty() ? "" : doc(s, null, false));
    if (!pointer.isEmpty()) {
      types.add(rec); // before its members' types: a record's types follow it in the file
    }
    // (the root record is the file's top-level type, not one of its nested types)
    s.path("properties").properties().forEach(e -> {
      JsonNode property = e.getValue();
      JsonNode memberDefaults = defaults == null ? null : defaults.get(e.getKey());
      Shape shape = shape(property, pointer + "/properties/" + escape(e.getKey()), Names.type(e.getKey()), false,
          memberDefaults != null && memberDefaults.isObject() ? memberDefaults : null);
      members.add(new Shape.Member(e.getKey(), memberNames.unique(Names.member(e.getKey())), shape,
          required.contains(e.getKey()), doc(property, memberDefaults, true),
          property.path("deprecated").asBoolean(false)));
    });
    return rec;
  }

  /** {@code enum} and {@code const}: a Java enum for strings, else the values' common type. */
  private Shape literals(JsonNode s, String name, boolean named) {
    List<JsonNode> values = literalValues(s).stream().filter(v -> !v.isNull()).toList();
    StringBuilder ts = new StringBuilder();
    for (JsonNode v : values) {
      ts.append(ts.length() == 0 ? "" : " | ").append(TsWriter.literal(v));
    }
    if (values.isEmpty()) {
      return new Shape.Scalar("Object", "null");
    }
    if (values.stream().allMatch(JsonNode::isTextual)) {
      if (s.has("const")) {
        return new Shape.Scalar("String", ts.toString()); // one value: a String, its value documented
      }
      Set<String> distinct = new LinkedHashSet<>();
      values.forEach(v -> distinct.add(v.asText()));
      Shape.EnumOf e = new Shape.EnumOf(named ? name : typeNames.unique(name), List.copyOf(distinct));
      types.add(e);
      return e;
    }
    if (values.stream().allMatch(JsonNode::isBoolean)) {
      return new Shape.Scalar("Boolean", ts.toString());
    }
    if (values.stream().allMatch(v -> v.isNumber() && isIntegral(v.decimalValue()))) {
      return new Shape.Scalar(((Shape.Scalar) integer(s, values)).java(), ts.toString());
    }
    if (values.stream().allMatch(JsonNode::isNumber)) {
      return new Shape.Scalar("BigDecimal", ts.toString());
    }
    return new Shape.Open();
  }

  /**
   * The narrowest of {@code Integer}, {@code Long}, {@code BigInteger} that holds every integer the
   * bounds (or the listed values) allow; unbounded is {@code BigInteger}, as the schema allows 1e30.
   */
  private static Shape integer(JsonNode s, List<JsonNode> values) {
    BigDecimal low = null;
    BigDecimal high = null;
    if (!values.isEmpty()) {
      low = values.stream().map(JsonNode::decimalValue).min(BigDecimal::compareTo).orElseThrow();
      high = values.stream().map(JsonNode::decimalValue).max(BigDecimal::compareTo).orElseThrow();
    } else {
      low = max(bound(s, "minimum", RoundingMode.CEILING, 0), bound(s, "exclusiveMinimum", RoundingMode.FLOOR, 1));
      high = min(bound(s, "maximum", RoundingMode.FLOOR, 0), bound(s, "exclusiveMaximum", RoundingMode.CEILING, -1));
    }
    String java = low == null || high == null ? "BigInteger"
        : low.compareTo(INT_MIN) >= 0 && high.compareTo(INT_MAX) <= 0 ? "Integer"
        : low.compareTo(LONG_MIN) >= 0 && high.compareTo(LONG_MAX) <= 0 ? "Long"
        : "BigInteger";
    return new Shape.Scalar(java, "number");
  }

  /** An integer bound: the keyword's value rounded the given way, then moved by {@code step}. */
  private static BigDecimal bound(JsonNode s, String keyword, RoundingMode rounding, int step) {
    JsonNode v = s.get(keyword);
    return v == null ? null : v.decimalValue().setScale(0, rounding).add(BigDecimal.valueOf(step));
  }

  private static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.max(b);
  }

  private static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.min(b);
  }

  private static boolean isIntegral(BigDecimal d) {
    return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
  }

  private static List<JsonNode> literalValues(JsonNode s) {
    List<JsonNode> values = new ArrayList<>();
    if (s.has("const")) {
      values.add(s.get("const"));
    } else {
      s.get("enum").forEach(values::add);
    }
    return values;
  }

  /** The documentation of a schema: title and description, the defaults, the constraints. */
  private static String doc(JsonNode s, JsonNode defaults, boolean constraints) {
    List<String> parts = new ArrayList<>();
    if (!s.isObject()) {
      return "";
    }
    if (s.has("title")) {
      parts.add(s.get("title").asText() + ".");
    }
    if (s.has("description")) {
      parts.add(s.get("description").asText());
    }
    if (s.has("deprecated") && s.get("deprecated").asBoolean()) {
      parts.add("Deprecated.");
    }
    if (defaults != null && !defaults.isObject()) {
      parts.add("Default (the manifest's defaults): " + defaults + ".");
    }
    if (s.has("default")) {
      parts.add("Default (schema annotation): " + s.get("default") + ".");
    }
    if (s.has("const")) {
      parts.add("Always " + s.get("const") + ".");
    }
    if (constraints) {
      ObjectNode rules = JsonNodeFactory.instance.objectNode();
      for (String keyword : CONSTRAINTS) {
        if (s.has(keyword)) {
          rules.set(keyword, s.get(keyword));
        }
      }
      if (!rules.isEmpty()) {
        parts.add("Schema: " + rules + ".");
      }
    }
    return String.join(" ", parts);
  }

  static Set<String> types(JsonNode s) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = s.get("type");
    if (type != null && type.isTextual()) {
      types.add(type.asText());
    } else if (type != null) {
      type.forEach(t -> types.add(t.asText()));
    }
    return types;
  }

  private static boolean isFalse(JsonNode n) {
    return n != null && n.isBoolean() && !n.booleanValue();
  }

  private static boolean allMatch(JsonNode array, java.util.function.Predicate<JsonNode> test) {
    for (JsonNode n : array) {
      if (!test.test(n)) {
        return false;
      }
    }
    return true;
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
