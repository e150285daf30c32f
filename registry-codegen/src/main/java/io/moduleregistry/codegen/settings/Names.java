package io.moduleregistry.codegen.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java names for JSON names: identifiers that compile, never a keyword, unique within their scope. */
final class Names {

  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
      "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
      "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
      "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
      "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true",
      "false", "null", "var", "yield", "record", "sealed", "permits", "when", "exports", "module", "open",
      "opens", "provides", "requires", "to", "transitive", "uses", "with",
      // a record may not have components with these names (they would override Object's methods)
      "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "equals");

  /** Type names the generated files use unqualified; a nested type of the same name would shadow them. */
  private static final Set<String> TAKEN_TYPES = Set.of("String", "Integer", "Long", "Boolean", "Object", "List",
      "Map", "BigDecimal", "BigInteger", "JsonProperty", "JsonInclude", "JsonIgnoreProperties", "Override",
      "Deprecated", "Record", "Enum", "Math", "Class", "Character");

  private final Set<String> used = new HashSet<>();

  Names(String... reserved) {
    used.addAll(List.of(reserved));
  }

  /** A fresh name in this scope: {@code base}, else {@code base2}, {@code base3}... */
  String unique(String base) {
    String name = base;
    for (int n = 2; !used.add(name); n++) {
      name = base + n;
    }
    return name;
  }

  /** {@code max-hours} → {@code maxHours}; a keyword gets a trailing {@code _}, a leading digit a {@code _}. */
  static String member(String json) {
    List<String> words = words(json);
    StringBuilder name = new StringBuilder();
    for (String word : words) {
      name.append(name.length() == 0 ? lowerFirst(word) : upperFirst(word));
    }
    if (name.length() == 0) {
      name.append("value");
    }
    if (!Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, '_');
    }
    return KEYWORDS.contains(name.toString()) ? name + "_" : name.toString();
  }

  /** {@code time-tracking} → {@code TimeTracking}; never one of the types the generated code names. */
  static String type(String json) {
    StringBuilder name = new StringBuilder();
    for (String word : words(json)) {
      name.append(upperFirst(word));
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, 'T');
    }
    return TAKEN_TYPES.contains(name.toString()) ? name + "Value" : name.toString();
  }

  /** {@code quarter-hour} → {@code QUARTER_HOUR}, {@code 15m} → {@code V_15M}, {@code ""} → {@code EMPTY}. */
  static String constant(String value) {
    StringBuilder name = new StringBuilder();
    for (String word : words(value)) {
      // camelCase inside a word becomes two words: quarterHour -> QUARTER_HOUR
      String split = word.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", "_");
      name.append(name.length() == 0 ? "" : "_").append(split.toUpperCase(Locale.ROOT));
    }
    if (name.length() == 0) {
      return "EMPTY";
    }
    return Character.isJavaIdentifierStart(name.charAt(0)) ? name.toString() : "V_" + name;
  }

  /** The runs of identifier characters ({@code $} excluded) of a JSON name. */
  private static List<String> words(String json) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    json.codePoints().forEach(c -> {
      if (Character.isJavaIdentifierPart(c) && c != '$' && c != '_' && !Character.isIdentifierIgnorable(c)) {
        word.appendCodePoint(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static String upperFirst(String word) {
    int first = word.offsetByCodePoints(0, 1);
    return word.substring(0, first).toUpperCase(Locale.ROOT) + word.substring(first);
  }

  private static String lowerFirst(String word) {
    int first = word.offsetByCodePoints(0, 1);
    return word.substring(0, first).toLowerCase(Locale.ROOT) + word.substring(first);
  }
}
