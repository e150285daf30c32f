package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded documents for a settings schema of the subset, as JSON texts (so that 1.0 stays 1.0 on its way to
 * both validators): generated from the schema, each location mutated with a document's rate into a near
 * miss (wrong type, bound +-1 or at it, a missing required or an extra member, a duplicate item, a string
 * one code point off its length or off its pattern or format, big numbers, unicode).
 */
final class SettingsDocuments {

  private static final String[] ALPHABET = {"a", "b", "Z", "0", "9", "é", "e\u0301", "😀", "𝄞", "日", " ", "\n", "-",
      "/", "~", "'", "\"", "\\", "x", "\u2028"};
  private static final String[] KEYS = {"x", "a/b", "t~x", "", "ü", "😀", "a b", "__proto__", "A"};
  private static final String[] NUMBERS = {"0", "-0", "1", "1.0", "1.5", "-1", "1e30", "-1e30", "1E+2", "0.1",
      "123456789012345678901234567890", "123456789012345678901234567890.5", "1e-30", "255", "9007199254740993"};
  private static final Map<String, String[]> FORMAT_SAMPLES = Map.of(
      "date", new String[] {"2024-02-29", "2000-01-01", "0000-12-31", "1999-11-30"},
      "date-time", new String[] {"2024-02-29T12:30:00Z", "1998-12-31T23:59:60Z", "1998-12-31t15:59:60.123-08:00",
          "2024-01-01T00:00:00.5+05:30", "2024-06-30T23:59:59z"},
      "uuid", new String[] {"123e4567-e89b-12d3-a456-426614174000", "00000000-0000-0000-0000-000000000000",
          "ABCDEF01-2345-6789-ABCD-EF0123456789"},
      "email", new String[] {"a@b.c", "first.last+tag@example.co", "x_y@sub-domain.example.org", "#!$%&'*+/=?^_`{|}~-@a.b"});
  private static final Map<String, String[]> FORMAT_MISSES = Map.of(
      "date", new String[] {"2023-02-29", "2024-13-01", "2024-04-31", "2024-1-01", "2024-01-01T00:00:00Z", " 2024-01-01",
          "2024-01-01\n", "２０２４-01-01", "1900-02-29"},
      "date-time", new String[] {"2024-02-29T24:00:00Z", "1998-12-31T22:59:60Z", "2024-01-01T12:00:00", "2024-01-01 12:00:00Z",
          "2024-01-01T12:60:00Z", "2024-01-01T12:00:00+24:00", "2024-01-01T12:00:00.Z", "2024-01-01T12:00:00Z\n"},
      "uuid", new String[] {"123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400g",
          "{123e4567-e89b-12d3-a456-426614174000}", "123e4567-e89b-12d3-a456-4266141740000"},
      "email", new String[] {"@example.com", "a@b@c", "a@", "a@-b.c", "a b@c.d", "é@x.y", "a@b.c\n", "a@b..c"});

  private final Random random;
  private final JsonNode root;
  private final Map<String, String[][]> patternSamples;
  private double mutation;

  /** patternSamples: for each pattern of the schema, {matching strings, strings that do not match}. */
  SettingsDocuments(long seed, JsonNode root, Map<String, String[][]> patternSamples) {
    this.random = new Random(seed);
    this.root = root;
    this.patternSamples = patternSamples;
  }

  /** The next document: a third exactly generated, the others mutated at one of a few rates. */
  String next() {
    double[] rates = {0, 0, 0.03, 0.1, 0.3};
    mutation = rates[random.nextInt(rates.length)];
    return value(root, 0);
  }

  private String value(JsonNode s, int depth) {
    if (random.nextDouble() < mutation) {
      return mutant(s, depth);
    }
    if (s.has("$ref")) {
      return value(root.get("$defs").get(s.get("$ref").textValue().substring(8)), depth);
    }
    if (s.has("enum") && !s.get("enum").isEmpty()) {
      return variant(s.get("enum").get(random.nextInt(s.get("enum").size())));
    }
    if (s.has("const")) {
      return variant(s.get("const"));
    }
    List<String> types = new ArrayList<>();
    if (s.path("type").isTextual()) {
      types.add(s.get("type").textValue());
    } else if (s.path("type").isArray()) {
      s.get("type").forEach(t -> types.add(t.textValue()));
    } else {
      types.addAll(List.of("object", "array", "string", "number", "integer", "boolean", "null"));
    }
    return ofType(s, types.get(random.nextInt(types.size())), depth);
  }

  private String ofType(JsonNode s, String type, int depth) {
    switch (type) {
      case "object":
        return object(s, depth, false);
      case "array":
        return array(s, depth, false);
      case "string":
        return string(s);
      case "number":
      case "integer":
        return number(s, type.equals("integer"));
      case "boolean":
        return random.nextBoolean() ? "true" : "false";
      default:
        return "null";
    }
  }

  private String object(JsonNode s, int depth, boolean dropRequired) {
    List<String> members = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    s.path("required").forEach(r -> names.add(r.textValue()));
    if (dropRequired && !names.isEmpty()) {
      names.remove(new ArrayList<>(names).get(random.nextInt(names.size())));
    }
    JsonNode properties = s.path("properties");
    for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (depth < 6 && random.nextInt(10) < 6) {
        names.add(name);
      }
    }
    for (String name : names) {
      JsonNode sub = properties.get(name);
      members.add(string(name) + ":" + (sub == null ? any(depth + 1) : value(sub, depth + 1)));
    }
    JsonNode extra = s.get("additionalProperties");
    int extras = extra == null || extra.isBoolean() && extra.booleanValue() ? random.nextInt(2)
        : extra.isObject() ? random.nextInt(3) : 0;
    for (int i = 0; i < extras; i++) {
      String key = KEYS[random.nextInt(KEYS.length)] + (random.nextBoolean() ? "" : random.nextInt(9));
      if (!properties.has(key) && names.add(key)) {
        members.add(string(key) + ":" + (extra != null && extra.isObject() ? value(extra, depth + 1) : any(depth + 1)));
      }
    }
    Collections.shuffle(members, random);
    return "{" + String.join(",", members) + "}";
  }

  private String array(JsonNode s, int depth, boolean duplicate) {
    int min = s.path("minItems").asInt(0);
    int max = s.has("maxItems") ? s.get("maxItems").asInt() : min + 4;
    int n = depth > 5 ? min : min + random.nextInt(Math.max(1, Math.min(max, min + 4) - min + 1));
    List<String> items = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      for (int attempt = 0; attempt < 5; attempt++) {
        String item = s.has("items") ? value(s.get("items"), depth + 1) : any(depth + 1);
        if (!s.path("uniqueItems").asBoolean() || seen.add(SettingsSchemaTest.json(item).toString()) || attempt == 4) {
          items.add(item);
          break;
        }
      }
    }
    if (duplicate && !items.isEmpty()) {
      items.add(random.nextInt(items.size() + 1), variant(SettingsSchemaTest.json(items.get(random.nextInt(items.size())))));
    }
    return "[" + String.join(",", items) + "]";
  }

  private String string(JsonNode s) {
    if (s.has("format")) {
      String[] samples = FORMAT_SAMPLES.get(s.get("format").textValue());
      return string(samples[random.nextInt(samples.length)]);
    }
    if (s.has("pattern")) {
      String[] samples = patternSamples.get(s.get("pattern").textValue())[0];
      return string(samples[random.nextInt(samples.length)]);
    }
    int min = s.path("minLength").asInt(0);
    int max = s.has("maxLength") ? s.get("maxLength").asInt() : min + 6;
    return string(text(min + random.nextInt(Math.max(1, max - min + 1))));
  }

  // n code points (a combining mark counts as one)
  private String text(int n) {
    StringBuilder out = new StringBuilder();
    while (out.codePointCount(0, out.length()) < n) {
      String piece = ALPHABET[random.nextInt(ALPHABET.length)];
      out.append(piece, 0, Character.charCount(piece.codePointAt(0)));
    }
    return out.toString();
  }

  private String number(JsonNode s, boolean integer) {
    BigDecimal lo = bound(s, "minimum", "exclusiveMinimum", true);
    BigDecimal hi = bound(s, "maximum", "exclusiveMaximum", false);
    if (lo == null) {
      lo = hi == null ? BigDecimal.valueOf(-1000) : hi.subtract(BigDecimal.valueOf(1000));
    }
    if (hi == null) {
      hi = lo.add(BigDecimal.valueOf(1000));
    }
    BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.001");
    BigDecimal first = s.has("exclusiveMinimum") && !s.has("minimum") ? lo.add(step) : lo;
    BigDecimal last = s.has("exclusiveMaximum") && !s.has("maximum") ? hi.subtract(step) : hi;
    if (integer) {
      first = first.setScale(0, RoundingMode.CEILING);
      last = last.setScale(0, RoundingMode.FLOOR);
    }
    BigDecimal n = switch (random.nextInt(4)) {
      case 0 -> first;
      case 1 -> last;
      default -> first.add(last.subtract(first).multiply(BigDecimal.valueOf(random.nextDouble())))
          .setScale(integer ? 0 : 3, RoundingMode.DOWN);
    };
    if (n.compareTo(first) < 0 || n.compareTo(last) > 0) {
      n = first;
    }
    String text = n.toPlainString();
    return integer && random.nextInt(4) == 0 ? text + ".0" : text;
  }

  private static BigDecimal bound(JsonNode s, String inclusive, String exclusive, boolean lower) {
    BigDecimal a = s.has(inclusive) ? s.get(inclusive).decimalValue() : null;
    BigDecimal b = s.has(exclusive) ? s.get(exclusive).decimalValue() : null;
    if (a == null || b == null) {
      return a != null ? a : b;
    }
    return lower ? a.max(b) : a.min(b);
  }

  private String mutant(JsonNode s, int depth) {
    JsonNode target = s.has("$ref") ? root.get("$defs").get(s.get("$ref").textValue().substring(8)) : s;
    switch (random.nextInt(7)) {
      case 0:
        return any(depth + 1);
      case 1:
        return near(target);
      case 2:
        return NUMBERS[random.nextInt(NUMBERS.length)];
      case 3:
        return string(text(random.nextInt(4)));
      case 4:
        return target.has("properties") || target.has("required") ? object(target, depth, true) : "{}";
      case 5:
        return target.has("items") || target.has("uniqueItems") ? array(target, depth, true) : "[]";
      default:
        return depth < 12 ? "[" + mutant(s, depth + 1) + "]" : "{}";
    }
  }

  // a value at or just beyond one of the schema's bounds, lengths, patterns or formats
  private String near(JsonNode s) {
    List<String> options = new ArrayList<>();
    for (String k : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")) {
      if (s.has(k)) {
        BigDecimal b = s.get(k).decimalValue();
        for (String d : List.of("0", "1", "-1", "0.000000000000000000001", "-0.000000000000000000001")) {
          options.add(b.add(new BigDecimal(d)).toPlainString());
        }
        options.add(b.toString());
        options.add(b.setScale(Math.max(1, b.scale() + 1), RoundingMode.UNNECESSARY).toPlainString());
      }
    }
    for (String k : List.of("minLength", "maxLength")) {
      if (s.has(k)) {
        int n = s.get(k).asInt();
        for (int d = -1; d <= 1; d++) {
          if (n + d >= 0) {
            options.add(string(text(n + d)));
          }
        }
      }
    }
    if (s.has("pattern")) {
      for (String miss : patternSamples.get(s.get("pattern").textValue())[1]) {
        options.add(string(miss));
      }
    }
    if (s.has("format")) {
      for (String miss : FORMAT_MISSES.get(s.get("format").textValue())) {
        options.add(string(miss));
      }
    }
    if (s.has("minItems") || s.has("maxItems")) {
      int n = s.has("maxItems") ? s.get("maxItems").asInt() + 1 : Math.max(0, s.get("minItems").asInt() - 1);
      options.add("[" + String.join(",", Collections.nCopies(n, "1")) + "]");
    }
    return options.isEmpty() ? any(0) : options.get(random.nextInt(options.size()));
  }

  private String any(int depth) {
    return switch (random.nextInt(depth > 4 ? 5 : 7)) {
      case 0 -> NUMBERS[random.nextInt(NUMBERS.length)];
      case 1 -> string(text(random.nextInt(5)));
      case 2 -> random.nextBoolean() ? "true" : "false";
      case 3 -> "null";
      case 4 -> string("");
      case 5 -> "[" + any(depth + 1) + "," + any(depth + 1) + "]";
      default -> "{" + string(KEYS[random.nextInt(KEYS.length)]) + ":" + any(depth + 1) + "}";
    };
  }

  // The same JSON value written differently: 1 as 1.0, members reordered.
  private String variant(JsonNode v) {
    if (v.isIntegralNumber() || v.isNumber() && random.nextBoolean()) {
      String text = v.decimalValue().toPlainString();
      return random.nextBoolean() && !text.contains(".") ? text + ".0" : text;
    }
    if (v.isObject()) {
      List<String> members = new ArrayList<>();
      v.fields().forEachRemaining(e -> members.add(string(e.getKey()) + ":" + variant(e.getValue())));
      Collections.shuffle(members, random);
      return "{" + String.join(",", members) + "}";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(item -> items.add(variant(item)));
      return "[" + String.join(",", items) + "]";
    }
    return v.toString();
  }

  // A JSON string; sometimes with non-ASCII characters escaped (as surrogate pairs where supplementary).
  private String string(String s) {
    boolean escape = random.nextInt(5) == 0;
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || escape && c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
