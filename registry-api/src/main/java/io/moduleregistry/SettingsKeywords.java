package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The settings subset's value assertions, plugged into networknt's 2020-12 dialect in place of its own:
 * networknt walks the schema (properties, required, additionalProperties, items, $ref) and reports; these
 * decide as {@code module_registry.settings_violations} does, where networknt's built-ins differ from
 * the contract (a long {@code minimum} compared by {@code asLong()}, which wraps big numbers; enum members
 * compared with Jackson's equality inside arrays and objects; JDK regex without ARE's meaning of {@code .}
 * and {@code $}; its own formats).
 */
final class SettingsKeywords {

  static final List<String> NAMES = List.of("type", "enum", "const", "minimum", "maximum", "exclusiveMinimum",
      "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems");

  private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
  private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern DATE_TIME = Pattern.compile(
      "([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]+)?([Zz]|([+-])([0-9]{2}):([0-9]{2}))");

  private SettingsKeywords() {
  }

  /** networknt keywords for {@link #NAMES}. */
  static List<Keyword> keywords() {
    List<Keyword> keywords = new ArrayList<>();
    for (String name : NAMES) {
      keywords.add(new Keyword() {
        @Override
        public String getValue() {
          return name;
        }

        @Override
        public KeywordValidator newValidator(SchemaLocation location, JsonNode value, Schema parent, SchemaContext context) {
          return new Check(name, value, location, test(name, value));
        }
      });
    }
    return keywords;
  }

  /** The test an instance must pass for one keyword with its value (true = passes). */
  private static Predicate<JsonNode> test(String name, JsonNode v) {
    return switch (name) {
      case "type" -> x -> typeOk(v, x);
      case "enum" -> x -> {
        for (JsonNode member : v) {
          if (jsonEquals(member, x)) {
            return true;
          }
        }
        return false;
      };
      case "const" -> x -> jsonEquals(v, x);
      case "minimum" -> number(v, c -> c >= 0);
      case "maximum" -> number(v, c -> c <= 0);
      case "exclusiveMinimum" -> number(v, c -> c > 0);
      case "exclusiveMaximum" -> number(v, c -> c < 0);
      case "minLength" -> x -> !x.isTextual() || codePoints(x) >= v.intValue();
      case "maxLength" -> x -> !x.isTextual() || codePoints(x) <= v.intValue();
      case "pattern" -> {
        Pattern p = Pattern.compile(SettingsSchemaSubset.javaPattern(v.textValue()), Pattern.DOTALL);
        yield x -> !x.isTextual() || p.matcher(x.textValue()).find();
      }
      case "minItems" -> x -> !x.isArray() || x.size() >= v.intValue();
      case "maxItems" -> x -> !x.isArray() || x.size() <= v.intValue();
      case "uniqueItems" -> x -> !x.isArray() || !v.booleanValue() || unique(x);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private interface Comparison {
    boolean holds(int instanceComparedToLimit);
  }

  private static Predicate<JsonNode> number(JsonNode limit, Comparison ok) {
    BigDecimal l = limit.decimalValue();
    return x -> !x.isNumber() || ok.holds(x.decimalValue().compareTo(l));
  }

  private static int codePoints(JsonNode x) {
    String s = x.textValue();
    return s.codePointCount(0, s.length());
  }

  private static boolean typeOk(JsonNode type, JsonNode x) {
    if (type.isTextual()) {
      return isType(type.textValue(), x);
    }
    for (JsonNode t : type) {
      if (isType(t.textValue(), x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isType(String type, JsonNode x) {
    return switch (type) {
      case "object" -> x.isObject();
      case "array" -> x.isArray();
      case "string" -> x.isTextual();
      case "number" -> x.isNumber();
      case "integer" -> x.isNumber() && isIntegral(x.decimalValue());
      case "boolean" -> x.isBoolean();
      case "null" -> x.isNull();
      default -> false;
    };
  }

  private static boolean isIntegral(BigDecimal n) {
    return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
  }

  /** JSON equality: numbers by value (1 = 1.0), objects whatever their members' order. */
  static boolean jsonEquals(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        JsonNode other = b.get(name);
        if (other == null || !jsonEquals(a.get(name), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!jsonEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.getNodeType() == b.getNodeType() && a.equals(b);
  }

  private static boolean unique(JsonNode array) {
    Set<String> seen = new HashSet<>();
    for (JsonNode item : array) {
      if (!seen.add(canonical(item))) {
        return false;
      }
    }
    return true;
  }

  // A text equal for JSON-equal values: numbers without trailing zeros, members sorted by name.
  private static String canonical(JsonNode x) {
    if (x.isNumber()) {
      BigDecimal n = x.decimalValue();
      return n.signum() == 0 ? "0" : n.stripTrailingZeros().toString();
    }
    if (x.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (JsonNode item : x) {
        out.append(canonical(item)).append(',');
      }
      return out.append(']').toString();
    }
    if (x.isObject()) {
      TreeMap<String, String> members = new TreeMap<>();
      x.fields().forEachRemaining(e -> members.put(e.getKey(), canonical(e.getValue())));
      StringBuilder out = new StringBuilder("{");
      members.forEach((k, v) -> out.append(new com.fasterxml.jackson.databind.node.TextNode(k)).append(':').append(v).append(','));
      return out.append('}').toString();
    }
    return x.toString();
  }

  /** Whether a string has a format of the subset, as {@code module_registry.settings_format_ok} decides. */
  static boolean formatOk(String format, String s) {
    switch (format) {
      case "uuid":
        return UUID.matcher(s).matches();
      case "email":
        return EMAIL.matcher(s).matches();
      case "date", "date-time":
        break;
      default:
        return true;
    }
    java.util.regex.Matcher m = (format.equals("date") ? DATE : DATE_TIME).matcher(s);
    if (!m.matches()) {
      return false;
    }
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    int last = mo == 2 ? (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28) : (mo == 4 || mo == 6 || mo == 9 || mo == 11) ? 30 : 31;
    if (mo < 1 || mo > 12 || d < 1 || d > last) {
      return false;
    }
    if (format.equals("date")) {
      return true;
    }
    int h = Integer.parseInt(m.group(4));
    int mi = Integer.parseInt(m.group(5));
    int sec = Integer.parseInt(m.group(6));
    if (h > 23 || mi > 59 || sec > 60) {
      return false;
    }
    int off = 0;
    if (m.group(9) != null) {
      int oh = Integer.parseInt(m.group(10));
      int om = Integer.parseInt(m.group(11));
      if (oh > 23 || om > 59) {
        return false;
      }
      off = (oh * 60 + om) * (m.group(9).equals("-") ? -1 : 1);
    }
    // a leap second is the last second of a UTC day
    return sec < 60 || Math.floorMod(h * 60 + mi - off, 1440) == 1439;
  }

  /** networknt formats for the subset's: networknt's own keyword 'format' asserts them (assertions on). */
  static List<Format> formats() {
    List<Format> formats = new ArrayList<>();
    for (String name : List.of("date", "date-time", "uuid", "email")) {
      formats.add(new Format() {
        @Override
        public String getName() {
          return name;
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
          return formatOk(name, value);
        }
      });
    }
    return formats;
  }

  /** One keyword at one schema location: reports the instance location where its test fails. */
  private static final class Check extends AbstractKeywordValidator {
    private final Predicate<JsonNode> test;

    Check(String keyword, JsonNode value, SchemaLocation location, Predicate<JsonNode> test) {
      super(keyword, value, location);
      this.test = test;
    }

    @Override
    public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath instanceLocation) {
      if (!test.test(node)) {
        context.addError(Error.builder().keyword(getKeyword()).instanceNode(node).instanceLocation(instanceLocation)
            .evaluationPath(context.getEvaluationPath()).schemaLocation(schemaLocation)
            .message(getKeyword()).build());
      }
    }
  }
}
