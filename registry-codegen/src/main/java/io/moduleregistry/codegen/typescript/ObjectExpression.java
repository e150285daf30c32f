package io.moduleregistry.codegen.typescript;

import static io.moduleregistry.codegen.typescript.Doc.EMPTY;
import static io.moduleregistry.codegen.typescript.Doc.LINE;
import static io.moduleregistry.codegen.typescript.Doc.SOFTLINE;
import static io.moduleregistry.codegen.typescript.Doc.concat;
import static io.moduleregistry.codegen.typescript.Doc.group;
import static io.moduleregistry.codegen.typescript.Doc.ifBreak;
import static io.moduleregistry.codegen.typescript.Doc.indent;
import static io.moduleregistry.codegen.typescript.Doc.text;

import java.util.ArrayList;
import java.util.List;

/**
 * JavaScript object and array literals (the {@code Constants} value) laid out as prettier does:
 * objects written over several lines stay broken, arrays break only when too long, trailing
 * commas where broken.
 */
final class ObjectExpression {

  /** A property of an object literal. */
  record Property(String key, Doc value) {}

  private ObjectExpression() {}

  static Doc object(List<Property> properties) {
    if (properties.isEmpty()) {
      return text("{}");
    }
    List<Doc> parts = new ArrayList<>();
    for (Property p : properties) {
      parts.add(group(text(JsStrings.propertyKey(p.key()) + ": "), p.value()));
    }
    return Doc.brokenGroup(text("{"), indent(LINE, Doc.join(concat(text(","), LINE), parts)),
        ifBreak(text(","), EMPTY), LINE, text("}"));
  }

  static Doc array(List<String> strings) {
    if (strings.isEmpty()) {
      return text("[]");
    }
    List<Doc> items = strings.stream().map(s -> text(JsStrings.quote(s))).toList();
    return group(text("["), indent(SOFTLINE, Doc.join(concat(text(","), LINE), items)), ifBreak(text(","), EMPTY),
        SOFTLINE, text("]"));
  }
}
