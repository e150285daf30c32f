package io.moduleregistry.codegen.typescript;

import java.util.ArrayList;
import java.util.List;

/**
 * How names and texts appear in TypeScript source the way prettier prints them: string literals
 * in double quotes unless the text holds more double than single quotes, property names without
 * quotes where they are identifiers, JSDoc comments.
 */
final class JsStrings {

  private JsStrings() {}

  /** {@code JSON.stringify(value)}. */
  static String json(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !pairedSurrogate(value, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A string literal as prettier prints {@code JSON.stringify(value)}. */
  static String quote(String value) {
    long doubles = value.chars().filter(c -> c == '"').count();
    long singles = value.chars().filter(c -> c == '\'').count();
    String json = json(value);
    if (doubles <= singles) {
      return json;
    }
    String content = json.substring(1, json.length() - 1);
    StringBuilder out = new StringBuilder("'");
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\\' && i + 1 < content.length()) {
        char next = content.charAt(++i);
        if (next == '"') {
          out.append('"');
        } else {
          out.append('\\').append(next);
        }
      } else if (c == '\'') {
        out.append("\\'");
      } else {
        out.append(c);
      }
    }
    return out.append('\'').toString();
  }

  /** A property name: bare where it is an ES5 identifier name, else a string literal. */
  static String propertyKey(String name) {
    return isIdentifierName(name) ? name : quote(name);
  }

  /** The lines of a JSDoc block holding {@code comment}: one line where it is one line long. */
  static List<String> jsDoc(String comment) {
    List<String> lines = comment.strip().replace("*/", "*\\/").lines().map(String::stripTrailing).toList();
    if (lines.size() == 1) {
      return List.of("/** " + lines.get(0) + " */");
    }
    List<String> out = new ArrayList<>();
    out.add("/**");
    for (String line : lines) {
      out.add(line.isEmpty() ? " *" : " * " + line);
    }
    out.add(" */");
    return out;
  }

  /**
   * Whether a key may stand unquoted, as the formatter leaves it: an ECMAScript IdentifierName
   * (ID_Start, {@code $} or {@code _}, then ID_Continue, {@code $}, ZWNJ or ZWJ), by code point,
   * so that letters beyond the BMP and Unicode's Other_ID_Start and Other_ID_Continue count.
   */
  static boolean isIdentifierName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (!(i == 0 ? isIdentifierStart(cp) : isIdentifierPart(cp))) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isIdentifierStart(int cp) {
    // Java's profile of UAX 31 adds VERTICAL TILDE, which ECMAScript's ID_Start does not have
    return cp == '$' || cp == '_' || (Character.isUnicodeIdentifierStart(cp) && cp != 0x2E2F);
  }

  private static boolean isIdentifierPart(int cp) {
    // Java's ID_Continue also takes the ignorable format and control characters; ECMAScript only ZWNJ and ZWJ
    return cp == '$' || cp == 0x200C || cp == 0x200D
        || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && cp != 0x2E2F);
  }

  private static boolean pairedSurrogate(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
