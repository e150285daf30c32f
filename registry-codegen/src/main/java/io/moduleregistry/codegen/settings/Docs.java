package io.moduleregistry.codegen.settings;

import java.util.ArrayList;
import java.util.List;

/** Text from the schema made safe inside Javadoc, JSDoc and Java string literals. */
final class Docs {

  private static final int WIDTH = 100;

  private Docs() {}

  /**
   * Plain text for Javadoc: no HTML, no tag at a line's start, no end of comment, and no backslash,
   * which could start a Unicode escape that the compiler reads before the comment.
   */
  static String javadoc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
        .replace("*/", "*&#47;").replace("\\", "&#92;").replace("{", "&#123;").replace("}", "&#125;")
        .replace("\n", "&#92;n").replace("\r", "&#92;r").replaceAll("\\p{Cntrl}", " ");
  }

  /** Text for a JSDoc comment: no end of comment, no line break. */
  static String jsdoc(String text) {
    return text.replace("*/", "*\\/").replace("\n", "\\n").replace("\r", "\\r").replaceAll("\\p{Cntrl}", " ");
  }

  /**
   * The comment lines ({@code indent * text}) of a text, wrapped at spaces near the width; a blank
   * line in the text stays a paragraph break.
   */
  static List<String> lines(String text, String indent) {
    List<String> lines = new ArrayList<>();
    int width = Math.max(40, WIDTH - indent.length() - 3);
    for (String paragraph : text.split("\n", -1)) {
      String rest = paragraph.strip();
      if (rest.isEmpty()) {
        lines.add(indent + " *\n");
        continue;
      }
      while (rest.length() > width) {
        int cut = rest.lastIndexOf(' ', width);
        if (cut <= 0) {
          cut = rest.indexOf(' ', width);
        }
        if (cut <= 0) {
          break;
        }
        lines.add(indent + " * " + rest.substring(0, cut) + "\n");
        rest = rest.substring(cut + 1).strip();
      }
      lines.add(indent + " * " + rest + "\n");
    }
    return lines;
  }

  /**
   * The inside of a Java string literal. Only characters that are never line terminators, quotes
   * or backslashes are written as {@code \\uXXXX}, since the compiler reads those escapes first.
   */
  static String javaString(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c >= 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
