package io.moduleregistry.codegen.settings;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Writes one module's settings record, its nested records and enums, as one Java file. */
final class JavaWriter {

  private static final Map<String, String> IMPORTS = Map.of(
      "BigDecimal", "java.math.BigDecimal",
      "BigInteger", "java.math.BigInteger",
      "List", "java.util.List",
      "Map", "java.util.Map",
      "JsonProperty", "com.fasterxml.jackson.annotation.JsonProperty",
      "JsonInclude", "com.fasterxml.jackson.annotation.JsonInclude",
      "JsonIgnoreProperties", "com.fasterxml.jackson.annotation.JsonIgnoreProperties");

  private final SchemaReader.Module module;
  private final Set<String> used = new TreeSet<>();
  private final StringBuilder body = new StringBuilder();

  private JavaWriter(SchemaReader.Module module) {
    this.module = module;
  }

  /** The source of {@code <package>.<TypeName>}. */
  static String write(String javaPackage, SchemaReader.Module module) {
    JavaWriter w = new JavaWriter(module);
    Shape.Rec root = module.record();
    w.record(root, "", "Settings of module {@code " + Docs.javadoc(module.id()) + "}, as its manifest's settings"
        + " schema describes them."
        + (module.rootDoc().isEmpty() ? "" : "\n\n<p>" + Docs.javadoc(module.rootDoc())), true);
    StringBuilder out = new StringBuilder(SettingsGenerator.MARKER).append("\n\npackage ").append(javaPackage).append(";\n\n");
    Set<String> imports = new TreeSet<>();
    w.used.forEach(name -> imports.add(IMPORTS.get(name)));
    imports.forEach(i -> out.append("import ").append(i).append(";\n"));
    return out.append('\n').append(w.body).toString();
  }

  private void record(Shape.Rec rec, String indent, String doc, boolean top) {
    body.append(indent).append("/**\n");
    Docs.lines(doc, indent).forEach(body::append);
    if (rec.open()) {
      Docs.lines("\n<p>The schema allows members it does not list; this record does not capture them (they"
          + " are ignored when read). Write it back with a merge patch to keep them.", indent).forEach(body::append);
    }
    if (!rec.members().isEmpty()) {
      body.append(indent).append(" *\n");
    }
    for (Shape.Member m : rec.members()) {
      String text = "{@code " + Docs.javadoc(m.json()) + "}" + (m.required() ? ", required" : ", optional:"
          + " {@code null} when absent") + (m.doc().isEmpty() ? "." : ". " + Docs.javadoc(m.doc().replaceAll("\\s+", " ")));
      List<String> lines = Docs.lines(text, indent);
      body.append(indent).append(" * @param ").append(m.java()).append(' ')
          .append(lines.get(0).substring(indent.length() + 3));
      lines.subList(1, lines.size()).forEach(l -> body.append(indent).append(" *     ")
          .append(l.substring(indent.length() + 3)));
    }
    body.append(indent).append(" */\n");
    use("JsonInclude");
    body.append(indent).append("@JsonInclude(JsonInclude.Include.NON_NULL)\n");
    if (rec.open()) {
      use("JsonIgnoreProperties");
      body.append(indent).append("@JsonIgnoreProperties(ignoreUnknown = true)\n");
    }
    body.append(indent).append(top ? "public record " : "public record ").append(rec.javaName()).append('(');
    String inner = indent + "    ";
    for (int i = 0; i < rec.members().size(); i++) {
      Shape.Member m = rec.members().get(i);
      use("JsonProperty");
      body.append('\n').append(inner).append("@JsonProperty(\"").append(Docs.javaString(m.json())).append("\") ");
      if (m.required() && m.shape() instanceof Shape.Nullable) {
        // a required member whose value may be null: written even when null, or it would go missing
        body.append("@JsonInclude(JsonInclude.Include.ALWAYS) ");
      }
      body.append(type(m.shape(), new HashSet<>())).append(' ').append(m.java())
          .append(i + 1 < rec.members().size() ? "," : "");
    }
    body.append(") {\n");
    List<Shape.Member> decimals = rec.members().stream()
        .filter(m -> type(m.shape(), new HashSet<>()).equals("BigDecimal")).toList();
    if (!decimals.isEmpty()) {
      body.append('\n').append(indent).append("  /**\n");
      Docs.lines("Keeps decimals as the database stores them: a negative scale ({@code 1E+3}) becomes scale 0 "
          + "({@code 1000}), so that what is read back equals what was written.", indent + "  ")
          .forEach(body::append);
      body.append(indent).append("   */\n").append(indent).append("  public ").append(rec.javaName()).append(" {\n");
      for (Shape.Member m : decimals) {
        body.append(indent).append("    if (").append(m.java()).append(" != null && ").append(m.java())
            .append(".scale() < 0) {\n").append(indent).append("      ").append(m.java()).append(" = ")
            .append(m.java()).append(".setScale(0);\n").append(indent).append("    }\n");
      }
      body.append(indent).append("  }\n");
    }
    if (top) {
      for (Shape type : module.types()) {
        body.append('\n');
        if (type instanceof Shape.Rec nested) {
          record(nested, indent + "  ", nested.doc().isEmpty() ? "Part of the settings of module {@code "
              + Docs.javadoc(module.id()) + "}." : Docs.javadoc(nested.doc()), false);
        } else {
          enumType((Shape.EnumOf) type, indent + "  ");
        }
      }
    }
    body.append(indent).append("}\n");
  }

  private void enumType(Shape.EnumOf e, String indent) {
    body.append(indent).append("/** One of the values the schema lists; written as the JSON string shown. */\n");
    body.append(indent).append("public enum ").append(e.javaName()).append(" {\n");
    Names constants = new Names();
    for (int i = 0; i < e.values().size(); i++) {
      String value = e.values().get(i);
      use("JsonProperty");
      body.append(indent).append("  /** {@code \"").append(Docs.javadoc(value)).append("\"}. */\n")
          .append(indent).append("  @JsonProperty(\"").append(Docs.javaString(value)).append("\")\n")
          .append(indent).append("  ").append(constants.unique(Names.constant(value)))
          .append(i + 1 < e.values().size() ? ",\n" : "\n");
    }
    body.append(indent).append("}\n");
  }

  /** The Java type of a shape; {@code seen} guards definitions that refer to themselves through no type. */
  private String type(Shape shape, Set<String> seen) {
    if (shape instanceof Shape.Scalar s) {
      return use(s.java());
    } else if (shape instanceof Shape.EnumOf e) {
      return e.javaName();
    } else if (shape instanceof Shape.Rec r) {
      return r.javaName();
    } else if (shape instanceof Shape.ListOf l) {
      return use("List") + "<" + type(l.item(), seen) + ">";
    } else if (shape instanceof Shape.MapOf m) {
      return use("Map") + "<String, " + type(m.value(), seen) + ">";
    } else if (shape instanceof Shape.Nullable n) {
      return type(n.inner(), seen);
    } else if (shape instanceof Shape.Ref r && seen.add(r.def())) {
      return type(module.defs().get(r.def()), seen);
    }
    return "Object"; // open, or a definition that only refers to itself
  }

  private String use(String simpleName) {
    if (IMPORTS.containsKey(simpleName)) {
      used.add(simpleName);
    }
    return simpleName;
  }
}
