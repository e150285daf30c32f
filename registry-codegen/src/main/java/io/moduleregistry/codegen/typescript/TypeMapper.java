package io.moduleregistry.codegen.typescript;

import io.moduleregistry.codegen.typescript.Catalog.PgType;
import io.moduleregistry.codegen.typescript.Catalog.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL type names to TypeScript types, by Supabase's rules: booleans, numbers (including
 * {@code int8} and {@code numeric}), strings for text, dates, times, uuids and the like, {@code Json}
 * for json and jsonb, {@code T[]} for arrays ({@code _name}), references into {@code Database} for
 * enums, composite types and row types of the generated schemas (an enum of another schema inlined
 * as a union of its labels), and {@code unknown} for the rest.
 */
final class TypeMapper {

  private static final Set<String> NUMBERS = Set.of("int2", "int4", "int8", "float4", "float8", "numeric");
  private static final Set<String> STRINGS = Set.of("bytea", "bpchar", "varchar", "date", "text", "citext", "time",
      "timetz", "timestamp", "timestamptz", "uuid", "vector", "interval");

  static final TsType JSON = TsType.atom("Json");

  private final Set<String> schemas;
  private final Map<Long, PgType> typesById = new HashMap<>();
  private final Map<String, List<PgType>> enumsByName = new HashMap<>();
  private final Map<String, List<PgType>> compositesByName = new HashMap<>();
  private final List<Relation> relations;

  TypeMapper(Catalog catalog) {
    this.schemas = Set.copyOf(catalog.schemas());
    this.relations = catalog.relations();
    for (PgType type : catalog.types()) {
      typesById.put(type.id(), type);
      if (!type.enumLabels().isEmpty()) {
        enumsByName.computeIfAbsent(type.name(), k -> new ArrayList<>()).add(type);
      }
      if (!type.attributes().isEmpty()) {
        compositesByName.computeIfAbsent(type.name(), k -> new ArrayList<>()).add(type);
      }
    }
  }

  Optional<PgType> type(long id) {
    return Optional.ofNullable(typesById.get(id));
  }

  /** The TypeScript type of the type with this oid ({@code unknown} when there is none). */
  TsType ofTypeId(long id) {
    PgType type = typesById.get(id);
    return type == null ? TsType.UNKNOWN : map(type.name(), type.schema());
  }

  /**
   * The TypeScript type of a type name; {@code typeSchema} picks among same-named enums, composite
   * types and relations.
   */
  TsType map(String name, String typeSchema) {
    if (name.equals("bool")) {
      return TsType.BOOLEAN;
    } else if (NUMBERS.contains(name)) {
      return TsType.NUMBER;
    } else if (STRINGS.contains(name)) {
      return TsType.STRING;
    } else if (name.equals("json") || name.equals("jsonb")) {
      return JSON;
    } else if (name.equals("void")) {
      return TsType.atom("undefined");
    } else if (name.equals("record")) {
      return TsType.atom("Record<string, unknown>");
    } else if (name.startsWith("_")) {
      return new TsType.ArrayOf(map(name.substring(1), typeSchema));
    }
    List<PgType> enums = enumsByName.getOrDefault(name, List.of());
    if (!enums.isEmpty()) {
      PgType e = preferred(enums, typeSchema);
      if (schemas.contains(e.schema())) {
        return reference(e.schema(), "Enums", e.name());
      }
      return new TsType.Union(e.enumLabels().stream().map(l -> (TsType) new TsType.Literal(l)).toList());
    }
    List<PgType> composites = compositesByName.getOrDefault(name, List.of());
    if (!composites.isEmpty()) {
      PgType c = preferred(composites, typeSchema);
      return schemas.contains(c.schema()) ? reference(c.schema(), "CompositeTypes", c.name()) : TsType.UNKNOWN;
    }
    Relation relation = relations.stream().filter(r -> r.name().equals(name) && r.schema().equals(typeSchema))
        .min(TypeMapper::byKind)
        .orElseGet(() -> relations.stream().filter(r -> r.name().equals(name)).min(TypeMapper::byKind).orElse(null));
    if (relation != null) {
      return TsType.atom("Database[" + JsStrings.json(relation.schema()) + "][\""
          + (relation.isTable() ? "Tables" : "Views") + "\"][" + JsStrings.json(relation.name()) + "][\"Row\"]");
    }
    return TsType.UNKNOWN;
  }

  /** Tables, then foreign tables, views and materialized views, as Supabase searches them. */
  private static int byKind(Relation a, Relation b) {
    return Integer.compare(a.kind().ordinal(), b.kind().ordinal());
  }

  private static PgType preferred(List<PgType> candidates, String schema) {
    return candidates.stream().filter(t -> t.schema().equals(schema)).findFirst().orElse(candidates.get(0));
  }

  private static TsType reference(String schema, String section, String name) {
    return TsType.atom("Database[" + JsStrings.json(schema) + "][\"" + section + "\"][" + JsStrings.json(name) + "]");
  }

  /**
   * A column's type with its nullability: {@code T | null} where nullable, {@code
   * NonNullable<Json>} for a json column that is not, {@code unknown} as it is.
   */
  static TsType nullable(TsType type, boolean nullable) {
    if (type.equals(JSON) && !nullable) {
      return TsType.atom("NonNullable<Json>");
    }
    if (type.equals(TsType.UNKNOWN) || type.equals(TsType.atom("any")) || !nullable) {
      return type;
    }
    List<TsType> members = new ArrayList<>(type instanceof TsType.Union u ? u.members() : List.of(type));
    members.add(TsType.NULL);
    return new TsType.Union(members);
  }
}
