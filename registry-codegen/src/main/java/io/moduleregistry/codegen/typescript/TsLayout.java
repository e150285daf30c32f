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
 * Turns {@link TsType}s into layout {@link Doc}s with prettier's rules for TypeScript types (no
 * semicolons, double quotes, trailing commas, 80 columns): object members separated by {@code ;}
 * when flat and by line breaks when broken, unions broken into leading-{@code |} lines and
 * hugged when they are an object plus {@code null}, tuples with a trailing comma when broken,
 * property names unquoted where they are identifiers.
 */
final class TsLayout {

  private TsLayout() {}

  static Doc type(TsType type) {
    if (type instanceof TsType.Atom a) {
      return text(a.text());
    } else if (type instanceof TsType.Literal l) {
      return text(JsStrings.quote(l.value()));
    } else if (type instanceof TsType.Union u) {
      return union(u, false);
    } else if (type instanceof TsType.Intersection i) {
      return intersection(i);
    } else if (type instanceof TsType.ArrayOf a) {
      if (a.element() instanceof TsType.Union u) {
        return concat(text("("), union(u, true), text(")[]"));
      }
      return a.element() instanceof TsType.Intersection
          ? concat(text("("), type(a.element()), text(")[]"))
          : concat(type(a.element()), text("[]"));
    } else if (type instanceof TsType.Tuple t) {
      return tuple(t);
    }
    return object((TsType.Obj) type);
  }

  private static Doc object(TsType.Obj o) {
    if (o.members().isEmpty()) {
      return text("{}");
    }
    List<Doc> parts = new ArrayList<>();
    for (int i = 0; i < o.members().size(); i++) {
      if (i > 0) {
        parts.add(ifBreak(EMPTY, text(";")));
        parts.add(LINE);
      }
      parts.add(group(member(o.members().get(i))));
    }
    return new Doc.Group(concat(text("{"), indent(LINE, concat(parts)), LINE, text("}")), o.multiline());
  }

  private static Doc member(TsType.Member m) {
    Doc key = text(m.rawKey() ? m.key() : JsStrings.propertyKey(m.key()));
    Doc member = concat(key, text(m.optional() ? "?: " : ": "), type(m.type()));
    if (m.comment().isEmpty()) {
      return member;
    }
    List<Doc> parts = new ArrayList<>();
    for (String line : m.comment()) {
      parts.add(text(line));
      parts.add(Doc.HARDLINE);
    }
    parts.add(member);
    return concat(parts);
  }

  private static Doc union(TsType.Union u, boolean parenthesized) {
    List<Doc> printed = new ArrayList<>();
    boolean hug = hugs(u);
    for (TsType member : u.members()) {
      printed.add(hug ? type(member) : Doc.align(2, type(member)));
    }
    if (hug) {
      return Doc.join(text(" | "), printed);
    }
    Doc code = concat(ifBreak(concat(LINE, text("| ")), EMPTY), Doc.join(concat(LINE, text("| ")), printed));
    return parenthesized ? group(indent(code), SOFTLINE) : group(indent(code));
  }

  /** prettier prints {@code {...} | null} inline: one object type, everything else null. */
  private static boolean hugs(TsType.Union u) {
    long objects = u.members().stream().filter(t -> t instanceof TsType.Obj).count();
    long nulls = u.members().stream().filter(t -> t.equals(TsType.NULL)).count();
    return objects == 1 && nulls == u.members().size() - 1;
  }

  private static Doc intersection(TsType.Intersection in) {
    List<TsType> types = in.members();
    List<Doc> result = new ArrayList<>();
    boolean wasIndented = false;
    for (int i = 0; i < types.size(); i++) {
      Doc printed = type(types.get(i));
      boolean object = types.get(i) instanceof TsType.Obj;
      boolean previousObject = i > 0 && types.get(i - 1) instanceof TsType.Obj;
      if (i == 0) {
        result.add(printed);
      } else if (!previousObject && !object) {
        result.add(indent(text(" &"), LINE, printed));
      } else if (previousObject && object) {
        result.add(concat(text(" & "), wasIndented ? indent(printed) : printed));
      } else {
        wasIndented |= i > 1;
        result.add(concat(text(" & "), i > 1 ? indent(printed) : printed));
      }
    }
    return group(concat(result));
  }

  private static Doc tuple(TsType.Tuple t) {
    if (t.elements().isEmpty()) {
      return text("[]");
    }
    List<Doc> items = new ArrayList<>();
    for (TsType element : t.elements()) {
      items.add(group(type(element)));
    }
    return group(text("["), indent(SOFTLINE, Doc.join(concat(text(","), LINE), items)),
        ifBreak(text(","), EMPTY), SOFTLINE, text("]"));
  }
}
