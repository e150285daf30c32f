package io.moduleregistry.codegen.typescript;

import static io.moduleregistry.codegen.typescript.Doc.concat;
import static io.moduleregistry.codegen.typescript.Doc.text;

import io.moduleregistry.codegen.typescript.Catalog.Column;
import io.moduleregistry.codegen.typescript.Catalog.PgType;
import io.moduleregistry.codegen.typescript.Catalog.Relation;
import io.moduleregistry.codegen.typescript.Catalog.Relationship;
import io.moduleregistry.codegen.typescript.FunctionTypes.Callable;
import io.moduleregistry.codegen.typescript.TsType.Member;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the {@code database.ts} text for a {@link Catalog}: the {@code Json} type, the {@code
 * Database} type (per schema its {@code Tables}, {@code Views}, {@code Functions}, {@code Enums} and
 * {@code CompositeTypes}), the {@code Tables}/{@code TablesInsert}/... helper types and the {@code
 * Constants} object, laid out as prettier lays out Supabase's generator output.
 */
final class DatabaseTypes {

  private static final String HEADER = """
      export type Json =
        | string
        | number
        | boolean
        | null
        | { [key: string]: Json | undefined }
        | Json[]

      export type Database =\s""";

  private static final TsType.Obj NOTHING = TsType.object(List.of(new Member("[_ in never]", true, false,
      TsType.NEVER, List.of())));

  private final Catalog catalog;
  private final TypeScriptOptions options;
  private final TypeMapper types;
  private final FunctionTypes functions;
  private final Map<Long, List<Column>> columns = new LinkedHashMap<>();

  DatabaseTypes(Catalog catalog, TypeScriptOptions options) {
    this.catalog = catalog;
    this.options = options;
    for (Column c : catalog.columns()) {
      columns.computeIfAbsent(c.relationId(), k -> new ArrayList<>()).add(c);
    }
    this.types = new TypeMapper(catalog);
    this.functions = new FunctionTypes(catalog, types, columns);
  }

  String render() {
    List<Member> schemas = new ArrayList<>();
    if (options.postgrestVersion() != null) {
      schemas.add(Member.of("__InternalSupabase", TsType.object(List.of(
          Member.of("PostgrestVersion", new TsType.Literal(options.postgrestVersion())))))
          .withComment(List.of("// Allows to automatically instantiate createClient with right options",
              "// instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)")));
    }
    List<ObjectExpression.Property> constants = new ArrayList<>();
    for (String schema : catalog.schemas()) {
      List<Callable> callable = functions.callable(
          catalog.functions().stream().filter(f -> f.schema().equals(schema)).toList());
      List<PgType> enums = catalog.types().stream()
          .filter(t -> t.schema().equals(schema) && !t.enumLabels().isEmpty())
          .sorted((a, b) -> NameOrder.INSTANCE.compare(a.name(), b.name())).toList();
      schemas.add(Member.of(schema, TsType.object(List.of(
          Member.of("Tables", orNothing(relations(schema, true, callable))),
          Member.of("Views", orNothing(relations(schema, false, callable))),
          Member.of("Functions", orNothing(functions(schema, callable))),
          Member.of("Enums", orNothing(enums.stream().map(e -> Member.of(e.name(), labels(e))).toList())),
          Member.of("CompositeTypes", orNothing(compositeTypes(schema)))))));
      constants.add(new ObjectExpression.Property(schema, ObjectExpression.object(List.of(
          new ObjectExpression.Property("Enums", ObjectExpression.object(enums.stream()
              .map(e -> new ObjectExpression.Property(e.name(), ObjectExpression.array(e.enumLabels())))
              .toList()))))));
    }
    Doc file = concat(text(HEADER), TsLayout.type(TsType.object(schemas)), text("\n\n" + helpers()),
        text("\n\nexport const Constants = "), ObjectExpression.object(constants), text(" as const"), Doc.HARDLINE);
    return new DocPrinter(80).print(file);
  }

  private static TsType orNothing(List<Member> members) {
    return members.isEmpty() ? NOTHING : TsType.object(members);
  }

  private List<Member> relations(String schema, boolean tables, List<Callable> callable) {
    List<Relation> chosen = catalog.relations().stream()
        .filter(r -> r.schema().equals(schema) && r.isTable() == tables)
        .sorted((a, b) -> NameOrder.INSTANCE.compare(a.name(), b.name())).toList();
    List<Member> out = new ArrayList<>();
    for (Relation relation : chosen) {
      List<Column> cols = columns.getOrDefault(relation.id(), List.of());
      List<Member> row = new ArrayList<>();
      for (Column c : cols) {
        row.add(documented(Member.of(c.name(), TypeMapper.nullable(columnType(c), c.nullable())), c.comment()));
      }
      for (Callable c : callable) {
        if (functions.isComputedField(c, relation)) {
          row.add(Member.of(c.fn().name(), TypeMapper.nullable(functions.returnType(schema, c.fn()), true)));
        }
      }
      List<Member> members = new ArrayList<>();
      members.add(Member.of("Row", TsType.object(row)));
      if (tables) {
        members.add(Member.of("Insert", TsType.object(cols.stream().map(c -> tableWrite(c, true)).toList())));
        members.add(Member.of("Update", TsType.object(cols.stream().map(c -> tableWrite(c, false)).toList())));
      } else {
        if (relation.insertable()) {
          members.add(Member.of("Insert", TsType.object(cols.stream().map(this::viewWrite).toList())));
        }
        if (relation.updatable()) {
          members.add(Member.of("Update", TsType.object(cols.stream().map(this::viewWrite).toList())));
        }
      }
      members.add(Member.of("Relationships", new TsType.Tuple(relationships(relation))));
      out.add(documented(Member.of(relation.name(), TsType.object(members)), relation.comment()));
    }
    return out;
  }

  private Member tableWrite(Column c, boolean insert) {
    if (c.identityAlways() || c.generated()) {
      return documented(Member.optional(c.name(), TsType.NEVER), c.comment());
    }
    boolean optional = !insert || c.nullable() || c.identity() || c.hasDefault();
    return documented(new Member(c.name(), false, optional, TypeMapper.nullable(columnType(c), c.nullable()), List.of()),
        c.comment());
  }

  private Member viewWrite(Column c) {
    if (!c.updatable()) {
      return documented(Member.optional(c.name(), TsType.NEVER), c.comment());
    }
    return documented(Member.optional(c.name(), TypeMapper.nullable(columnType(c), true)), c.comment());
  }

  private TsType columnType(Column c) {
    TsType type = types.map(c.format(), c.typeSchema());
    if (options.checkConstraintUnions() && type.equals(TsType.STRING) && c.check() != null) {
      List<String> allowed = CheckConstraints.allowedValues(c.check(), c.name());
      if (!allowed.isEmpty()) {
        return allowed.size() == 1 ? new TsType.Literal(allowed.get(0))
            : new TsType.Union(allowed.stream().map(v -> (TsType) new TsType.Literal(v)).toList());
      }
    }
    return type;
  }

  private Member documented(Member member, String comment) {
    return options.jsDocComments() && comment != null && !comment.isBlank()
        ? member.withComment(JsStrings.jsDoc(comment)) : member;
  }

  private List<TsType> relationships(Relation relation) {
    List<TsType> out = new ArrayList<>();
    for (Relationship r : catalog.relationships()) {
      if (r.schema().equals(relation.schema()) && r.relation().equals(relation.name())
          && r.referencedSchema().equals(relation.schema())) {
        List<Member> members = new ArrayList<>();
        members.add(Member.of("foreignKeyName", new TsType.Literal(r.foreignKeyName())));
        members.add(Member.of("columns", literals(r.columns())));
        if (options.detectOneToOne()) {
          members.add(Member.of("isOneToOne", TsType.atom(Boolean.toString(r.oneToOne()))));
        }
        members.add(Member.of("referencedRelation", new TsType.Literal(r.referencedRelation())));
        members.add(Member.of("referencedColumns", literals(r.referencedColumns())));
        out.add(TsType.object(members));
      }
    }
    return out;
  }

  private static TsType literals(List<String> values) {
    if (values == null) {
      return TsType.NULL;
    }
    return new TsType.Tuple(values.stream().map(v -> (TsType) new TsType.Literal(v)).toList());
  }

  private List<Member> functions(String schema, List<Callable> callable) {
    Map<String, List<Callable>> byName = new LinkedHashMap<>();
    Map<Long, String> indexNames = new TreeMap<>();
    for (Callable c : callable) {
      byName.computeIfAbsent(c.fn().name(), k -> new ArrayList<>()).add(c);
      if (c.fn().name().matches("0|[1-9][0-9]{0,9}") && Long.parseLong(c.fn().name()) < 4294967295L) {
        indexNames.put(Long.parseLong(c.fn().name()), c.fn().name());
      }
    }
    // JavaScript objects list integer-like keys first, in numeric order.
    List<String> order = new ArrayList<>(indexNames.values());
    byName.keySet().stream().filter(n -> !order.contains(n)).forEach(order::add);
    List<Member> out = new ArrayList<>();
    for (String name : order) {
      List<Callable> overloads = new ArrayList<>(byName.get(name));
      overloads.sort((a, b) -> {
        int c = NameOrder.INSTANCE.compare(a.fn().argumentTypes(), b.fn().argumentTypes());
        return c != 0 ? c : NameOrder.INSTANCE.compare(a.fn().returnType(), b.fn().returnType());
      });
      out.add(Member.of(name, functions.signatures(schema, overloads)));
    }
    return out;
  }

  private static TsType labels(PgType e) {
    List<TsType> labels = e.enumLabels().stream().map(l -> (TsType) new TsType.Literal(l)).toList();
    return labels.size() == 1 ? labels.get(0) : new TsType.Union(labels);
  }

  private List<Member> compositeTypes(String schema) {
    List<Member> out = new ArrayList<>();
    catalog.types().stream().filter(t -> t.schema().equals(schema) && !t.attributes().isEmpty())
        .sorted((a, b) -> NameOrder.INSTANCE.compare(a.name(), b.name()))
        .forEach(t -> out.add(Member.of(t.name(), TsType.object(t.attributes().stream()
            .map(a -> Member.of(a.name(), types.type(a.typeId())
                .map(pg -> TypeMapper.nullable(types.map(pg.name(), pg.schema()), true)).orElse(TsType.UNKNOWN)))
            .toList()))));
    return out;
  }

  private static String helpers() {
    try (InputStream in = DatabaseTypes.class.getResourceAsStream("typescript-helpers.ts")) {
      if (in == null) {
        throw new IllegalStateException("typescript-helpers.ts is missing from registry-codegen's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read typescript-helpers.ts", e);
    }
  }
}
