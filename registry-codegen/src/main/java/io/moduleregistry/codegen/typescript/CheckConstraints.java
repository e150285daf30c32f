package io.moduleregistry.codegen.typescript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values a text column may hold from its CHECK constraint, as PostgreSQL prints it
 * ({@code pg_get_constraintdef}): {@code CHECK ((role = ANY (ARRAY['owner'::text, 'admin'::text])))}
 * for {@code role in ('owner', 'admin')}, or {@code CHECK ((role = 'owner'::text))}. Anything else
 * yields no values, and the column keeps its plain type.
 */
final class CheckConstraints {

  private static final String CAST = "(?:::[a-z ]+(?:\\[\\])?)?";
  private static final String LITERAL = "'((?:[^']|'')*)'" + CAST;
  private static final Pattern ANY = Pattern.compile(
      "^CHECK \\(+(.+?)\\)*" + CAST + " = ANY \\(+ARRAY\\[(.*?)\\]" + CAST + "\\)+$");
  private static final Pattern EQUALS = Pattern.compile("^CHECK \\(+(.+?)\\)*" + CAST + " = " + LITERAL + "\\)+$");
  private static final Pattern ELEMENT = Pattern.compile("\\s*" + LITERAL + "\\s*(,|$)");

  private CheckConstraints() {}

  static List<String> allowedValues(String definition, String column) {
    String identifier = column.matches("[a-z_][a-z0-9_$]*") ? column : '"' + column.replace("\"", "\"\"") + '"';
    Matcher any = ANY.matcher(definition);
    if (any.matches() && any.group(1).equals(identifier)) {
      List<String> values = new ArrayList<>();
      Matcher element = ELEMENT.matcher(any.group(2));
      int end = 0;
      while (element.find() && element.start() == end) {
        values.add(element.group(1).replace("''", "'"));
        end = element.end();
      }
      return end == any.group(2).length() ? values : List.of();
    }
    Matcher equals = EQUALS.matcher(definition);
    if (equals.matches() && equals.group(1).equals(identifier)) {
      return List.of(equals.group(2).replace("''", "'"));
    }
    return List.of();
  }
}
