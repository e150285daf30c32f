package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Whether a settings schema is in the JSON Schema subset both validators hold (see {@link SettingsSchema}):
 * the Java twin of {@code module_registry.settings_schema_problems}, with the same texts, and the
 * translation of a {@code pattern} of the subset into the Java regex that means what PostgreSQL's ARE means.
 */
final class SettingsSchemaSubset {

  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "default", "examples",
      "deprecated", "readOnly", "writeOnly");
  private static final Set<String> TYPES = Set.of("object", "array", "string", "number", "integer", "boolean", "null");
  private static final Set<String> FORMATS = Set.of("date", "date-time", "uuid", "email");
  private static final Pattern REF = Pattern.compile("#/\\$defs/[A-Za-z0-9_.-]+");
  private static final String PUNCTUATION = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

  private SettingsSchemaSubset() {
  }

  /** Every reason the schema is outside the subset, distinct, sorted by code point; empty when it is in it. */
  static List<String> problems(JsonNode schema) {
    if (schema == null || schema.isMissingNode()) {
      return List.of();
    }
    Set<String> found = new TreeSet<>(SettingsSchema::compareCodePoints);
    node(schema, schema, "", found);
    if (schema.isObject() && !"object".equals(textOrNull(schema.get("type")))) {
      found.add("keyword 'type' at '' must be \"object\": settings are a JSON object");
    }
    JsonNode defs = schema.isObject() ? schema.get("$defs") : null;
    if (defs != null && defs.isObject()) {
      for (Iterator<String> names = defs.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        refCycle(defs, name, found);
      }
    }
    return List.copyOf(found);
  }

  // A $ref that leads back to its own schema through $refs alone never reaches the instance's members.
  private static void refCycle(JsonNode defs, String name, Set<String> found) {
    Set<String> seen = new HashSet<>(Set.of(name));
    JsonNode next = defs.get(name);
    while (next.path("$ref").isTextual() && REF.matcher(next.get("$ref").textValue()).matches()) {
      String target = next.get("$ref").textValue().substring(8);
      if (target.equals(name)) {
        found.add("keyword '$ref' at '/$defs/" + SettingsSchema.pointerToken(name) + "' leads back to it through $ref alone");
        return;
      }
      if (!seen.add(target)) {
        return;
      }
      next = defs.path(target);
    }
  }

  private static void node(JsonNode root, JsonNode node, String pointer, Set<String> found) {
    if (!node.isObject()) {
      found.add("schema at '" + pointer + "' must be an object");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String problem = keyword(root, field.getKey(), field.getValue(), pointer, found);
      if (problem != null) {
        found.add("keyword '" + field.getKey() + "' at '" + pointer + "' " + problem);
      }
    }
  }

  private static String keyword(JsonNode root, String k, JsonNode v, String pointer, Set<String> found) {
    switch (k) {
      case "$schema":
        if (!pointer.isEmpty()) {
          return "is only supported at the root";
        }
        return DIALECT.equals(textOrNull(v)) ? null : "must be \"" + DIALECT + "\"";
      case "type":
        return types(v) ? null : "must be one of object, array, string, number, integer, boolean, null, or an array of distinct ones";
      case "properties":
        if (!v.isObject()) {
          return "must be an object of schemas";
        }
        v.fields().forEachRemaining(e -> node(root, e.getValue(),
            pointer + "/properties/" + SettingsSchema.pointerToken(e.getKey()), found));
        return null;
      case "required":
        return distinctStrings(v) ? null : "must be an array of distinct strings";
      case "additionalProperties":
        if (v.isObject()) {
          node(root, v, pointer + "/additionalProperties", found);
          return null;
        }
        return v.isBoolean() ? null : "must be a boolean or a schema";
      case "items":
        if (v.isObject()) {
          node(root, v, pointer + "/items", found);
          return null;
        }
        return "must be a schema";
      case "enum":
        return v.isArray() ? null : "must be an array";
      case "const":
        return null;
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
        return v.isNumber() ? null : "must be a number";
      case "minLength", "maxLength", "minItems", "maxItems":
        return count(v) ? null : "must be an integer from 0 to 2147483647";
      case "uniqueItems":
        return v.isBoolean() ? null : "must be a boolean";
      case "pattern":
        return v.isTextual() && javaPattern(v.textValue()) != null ? null : "must be a regular expression of the supported subset";
      case "format":
        return FORMATS.contains(textOrNull(v)) ? null : "must be one of date, date-time, uuid, email";
      case "$defs":
        if (!pointer.isEmpty()) {
          return "is only supported at the root";
        }
        if (!v.isObject()) {
          return "must be an object of schemas";
        }
        v.fields().forEachRemaining(e -> node(root, e.getValue(), "/$defs/" + SettingsSchema.pointerToken(e.getKey()), found));
        return null;
      case "$ref":
        JsonNode defs = root.get("$defs");
        return v.isTextual() && REF.matcher(v.textValue()).matches() && defs != null && defs.isObject()
            && defs.has(v.textValue().substring(8)) ? null : "must be '#/$defs/<name>' naming a schema of the root's $defs";
      default:
        return ANNOTATIONS.contains(k) ? null : "is not supported";
    }
  }

  private static String textOrNull(JsonNode v) {
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  private static boolean types(JsonNode v) {
    if (v.isTextual()) {
      return TYPES.contains(v.textValue());
    }
    if (!v.isArray() || v.isEmpty()) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode t : v) {
      if (!t.isTextual() || !TYPES.contains(t.textValue()) || !seen.add(t.textValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean distinctStrings(JsonNode v) {
    if (!v.isArray()) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode t : v) {
      if (!t.isTextual() || !seen.add(t.textValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean count(JsonNode v) {
    if (!v.isNumber()) {
      return false;
    }
    BigDecimal n = v.decimalValue();
    return n.signum() >= 0 && n.compareTo(MAX_COUNT) <= 0 && n.stripTrailingZeros().scale() <= 0;
  }

  /**
   * The Java regex for a {@code pattern} of the subset, to be compiled with {@link Pattern#DOTALL} and searched
   * with {@code find()} ({@code $} becomes {@code \z}: Java's {@code $} also matches before a final line
   * terminator, ARE's only at the end); null when the pattern is outside the subset. Walks the pattern as
   * {@code module_registry.settings_pattern_ok} does.
   */
  static String javaPattern(String p) {
    StringBuilder out = new StringBuilder();
    int[] cps = p.codePoints().toArray();
    int n = cps.length;
    int i = 0;
    int depth = 0;
    boolean quantifiable = false;
    while (i < n) {
      int c = cps[i];
      if (c == '\\') {
        if (i + 1 >= n || !escapable(cps[i + 1])) {
          return null;
        }
        out.appendCodePoint(c).appendCodePoint(cps[i + 1]);
        i += 2;
        quantifiable = true;
      } else if (c == '[') {
        int start = i;
        i++;
        if (i < n && cps[i] == '^') {
          i++;
        }
        int members = 0;
        while (true) {
          if (i < n && cps[i] == ']') {
            break;
          }
          int lo = -1;
          for (int pass = 1; pass <= 2; pass++) {
            if (i >= n) {
              return null;
            }
            int e = cps[i];
            if (e == '\\') {
              if (i + 1 >= n || !escapable(cps[i + 1])) {
                return null;
              }
              e = switch (cps[i + 1]) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'f' -> '\f';
                default -> cps[i + 1];
              };
              i += 2;
            } else if (e == '[' || e == ']' || e == '&' || e == '-') {
              return null;
            } else {
              i++;
            }
            if (pass == 1) {
              lo = e;
              if (i >= n || cps[i] != '-') {
                break;
              }
              i++;
            } else if (e < lo) {
              return null;
            }
          }
          members++;
        }
        if (members == 0) {
          return null;
        }
        i++;
        out.append(new String(cps, start, i - start));
        quantifiable = true;
      } else if (c == '(') {
        if (i + 1 < n && cps[i + 1] == '?') {
          if (i + 2 >= n || cps[i + 2] != ':') {
            return null;
          }
          out.append("(?:");
          i += 3;
        } else {
          out.append('(');
          i++;
        }
        depth++;
        quantifiable = false;
      } else if (c == ')') {
        if (--depth < 0) {
          return null;
        }
        out.append(')');
        i++;
        quantifiable = true;
      } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        if (!quantifiable) {
          return null;
        }
        if (c == '{') {
          int close = bound(cps, i);
          if (close < 0) {
            return null;
          }
          out.append(new String(cps, i, close + 1 - i));
          i = close + 1;
        } else {
          out.appendCodePoint(c);
          i++;
        }
        if (i < n && cps[i] == '?') {
          out.append('?');
          i++;
        }
        quantifiable = false;
      } else if (c == '|' || c == '^' || c == '$') {
        out.append(c == '$' ? "\\z" : String.valueOf((char) c));
        i++;
        quantifiable = false;
      } else if (c == ']' || c == '}') {
        return null;
      } else {
        out.appendCodePoint(c);
        i++;
        quantifiable = true;
      }
    }
    return depth == 0 ? out.toString() : null;
  }

  private static boolean escapable(int c) {
    return PUNCTUATION.indexOf(c) >= 0 || c == 'n' || c == 't' || c == 'r' || c == 'f';
  }

  // The index of the '}' closing a bound {n}, {n,} or {n,m} (each up to 3 digits, at most 255, n <= m), or -1.
  private static int bound(int[] cps, int open) {
    int i = open + 1;
    int lo = 0;
    int digits = 0;
    while (i < cps.length && cps[i] >= '0' && cps[i] <= '9' && digits < 3) {
      lo = lo * 10 + cps[i++] - '0';
      digits++;
    }
    if (digits == 0) {
      return -1;
    }
    int hi = lo;
    if (i < cps.length && cps[i] == ',') {
      i++;
      int hiDigits = 0;
      int m = 0;
      while (i < cps.length && cps[i] >= '0' && cps[i] <= '9' && hiDigits < 3) {
        m = m * 10 + cps[i++] - '0';
        hiDigits++;
      }
      hi = hiDigits == 0 ? lo : m;
    }
    if (i >= cps.length || cps[i] != '}' || lo > 255 || hi > 255 || hi < lo) {
      return -1;
    }
    return i;
  }
}
