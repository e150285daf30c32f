package io.moduleregistry.codegen.typescript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PostgreSQL's {@code pg_node_tree} text (a view's rewrite rule, {@code
 * pg_rewrite.ev_action}) into nested maps and lists: a node {@code {NAME :field value ...}} becomes
 * a map with its fields (and {@code "@"} for its name), a list {@code (...)} a list, anything else
 * its text. Datum bytes ({@code [ ... ]}) are skipped.
 */
final class NodeTree {

  private final String text;
  private int position;

  private NodeTree(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    NodeTree tree = new NodeTree(text);
    return tree.value(tree.next());
  }

  /**
   * The top-level target entries of the rule's first query: for each, its column number in the view
   * ({@code resno}) and the table column it comes from ({@code resorigtbl}, {@code resorigcol}).
   */
  static List<long[]> targetEntries(String evAction) {
    List<long[]> entries = new ArrayList<>();
    if (!(parse(evAction) instanceof List<?> queries) || queries.isEmpty()
        || !(queries.get(0) instanceof Map<?, ?> query) || !(query.get("targetList") instanceof List<?> targets)) {
      return entries;
    }
    for (Object target : targets) {
      if (target instanceof Map<?, ?> entry) {
        entries.add(new long[] {number(entry.get("resno")), number(entry.get("resorigtbl")),
            number(entry.get("resorigcol"))});
      }
    }
    return entries;
  }

  private static long number(Object value) {
    try {
      return value instanceof String s ? Long.parseLong(s) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private Object value(String token) {
    if (token == null) {
      return null;
    }
    if (token.equals("{")) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("@", next());
      String t = next();
      while (t != null && !t.equals("}")) {
        String field = t.startsWith(":") ? t.substring(1) : t;
        t = next();
        if (t == null || t.equals("}")) {
          node.put(field, null);
          break;
        }
        node.put(field, value(t));
        t = next();
        if ("[".equals(t)) {
          while (t != null && !t.equals("]")) {
            t = next();
          }
          t = next();
        }
      }
      return node;
    }
    if (token.equals("(")) {
      List<Object> list = new ArrayList<>();
      for (String t = next(); t != null && !t.equals(")"); t = next()) {
        list.add(value(t));
      }
      return list;
    }
    return token;
  }

  /** The next token: a bracket, or a run of characters up to whitespace or a bracket; {@code \} escapes. */
  private String next() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
    if (position >= text.length()) {
      return null;
    }
    char c = text.charAt(position);
    if (c == '(' || c == ')' || c == '{' || c == '}') {
      position++;
      return String.valueOf(c);
    }
    StringBuilder token = new StringBuilder();
    while (position < text.length()) {
      c = text.charAt(position);
      if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '{' || c == '}') {
        break;
      }
      if (c == '\\' && position + 1 < text.length()) {
        position++;
        c = text.charAt(position);
      }
      token.append(c);
      position++;
    }
    return token.toString();
  }
}
