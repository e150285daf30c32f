package io.moduleregistry.codegen.typescript;

import io.moduleregistry.codegen.typescript.Catalog.Arg;
import io.moduleregistry.codegen.typescript.Catalog.Attribute;
import io.moduleregistry.codegen.typescript.Catalog.Column;
import io.moduleregistry.codegen.typescript.Catalog.Function;
import io.moduleregistry.codegen.typescript.Catalog.Kind;
import io.moduleregistry.codegen.typescript.Catalog.PgType;
import io.moduleregistry.codegen.typescript.Catalog.Relation;
import io.moduleregistry.codegen.typescript.Catalog.Relationship;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a {@link Catalog} from {@code pg_catalog}, seeing what the connected role may see (as
 * PostgREST's schema cache does), and orders it by name the way Supabase's generator does.
 */
final class CatalogReader {

  private static final Comparator<String> BY_NAME = NameOrder.INSTANCE;

  private static final String SCHEMAS = """
      select n.nspname
        from pg_catalog.pg_namespace n
        join pg_catalog.pg_roles owner on owner.oid = n.nspowner
       where n.nspname = any (?)
         and n.nspname not like 'pg\\_%'
         and (pg_catalog.pg_has_role(n.nspowner, 'USAGE') or pg_catalog.has_schema_privilege(n.oid, 'CREATE, USAGE'))
      """;

  private static final String RELATIONS = """
      select c.oid::int8, n.nspname, c.relname, c.relkind::text,
             c.relkind = 'v' and (pg_catalog.pg_relation_is_updatable(c.oid, true) & 8) = 8,
             c.relkind = 'v' and (pg_catalog.pg_relation_is_updatable(c.oid, true) & 4) = 4,
             pg_catalog.obj_description(c.oid, 'pg_class')
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       where n.nspname = any (?)
         and c.relkind in ('r', 'p', 'f', 'v', 'm')
         and (c.relkind not in ('r', 'p')
              or not pg_catalog.pg_is_other_temp_schema(n.oid)
                 and (pg_catalog.pg_has_role(c.relowner, 'USAGE')
                      or pg_catalog.has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                      or pg_catalog.has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES')))
      """;

  // A view column is writable when PostgreSQL says so, or when an INSTEAD OF INSERT/UPDATE
  // trigger or an unconditional INSTEAD rule rewrites writes to the view.
  private static final String COLUMNS = """
      select c.oid::int8, n.nspname, c.relname, a.attname,
             coalesce(base.typname, t.typname), coalesce(base_ns.nspname, t_ns.nspname),
             a.attidentity in ('a', 'd'), a.attidentity = 'a', a.attgenerated in ('s', 'v'),
             not (a.attnotnull or t.typtype = 'd' and t.typnotnull),
             c.relkind in ('r', 'p')
               or c.relkind in ('v', 'f')
                  and (pg_catalog.pg_column_is_updatable(c.oid, a.attnum, false)
                       or exists (select from pg_catalog.pg_trigger tg
                                   where tg.tgrelid = c.oid and not tg.tgisinternal
                                     and tg.tgtype & 64 <> 0 and tg.tgtype & 20 <> 0)
                       or exists (select from pg_catalog.pg_rewrite rw
                                   where rw.ev_class = c.oid and rw.is_instead
                                     and rw.ev_type in ('2', '3') and rw.ev_qual::text = '<>')),
             a.atthasdef,
             pg_catalog.col_description(c.oid, a.attnum),
             (select pg_catalog.pg_get_constraintdef(k.oid, true)
                from pg_catalog.pg_constraint k
               where k.conrelid = c.oid and k.contype = 'c' and k.conkey = array[a.attnum]
               order by k.oid limit 1)
        from pg_catalog.pg_attribute a
        join pg_catalog.pg_class c on c.oid = a.attrelid
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        join pg_catalog.pg_type t on t.oid = a.atttypid
        join pg_catalog.pg_namespace t_ns on t_ns.oid = t.typnamespace
        left join pg_catalog.pg_type base on t.typtype = 'd' and base.oid = t.typbasetype
        left join pg_catalog.pg_namespace base_ns on base_ns.oid = base.typnamespace
       where n.nspname = any (?)
         and c.relkind in ('r', 'p', 'f', 'v', 'm')
         and a.attnum > 0 and not a.attisdropped
         and not pg_catalog.pg_is_other_temp_schema(n.oid)
         and (pg_catalog.pg_has_role(c.relowner, 'USAGE')
              or pg_catalog.has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))
      """;

  // One-to-one: the foreign key's columns, in key order, are exactly those of a primary key or
  // unique constraint of the same table, in column order. As in PostgREST's query, the columns are
  // matched by the schema's regnamespace text, which is quoted where the name needs quotes, so a
  // schema whose name needs quoting gets its keys with null columns and never one-to-one.
  private static final String FOREIGN_KEYS = """
      select k.conname, n.nspname, c.relname, case when listed then fk.cols end, r_ns.nspname, r.relname,
             case when listed then fk.refs end,
             listed and exists (select from pg_catalog.pg_constraint u
                      where u.conrelid = k.conrelid and u.connamespace = k.connamespace
                        and u.contype in ('p', 'u')
                        and array(select a.attname::text from pg_catalog.pg_attribute a
                                   where a.attrelid = u.conrelid and a.attnum = any (u.conkey)
                                   order by a.attnum) = fk.cols)
        from pg_catalog.pg_constraint k
        join pg_catalog.pg_namespace n on n.oid = k.connamespace
        join pg_catalog.pg_class c on c.oid = k.conrelid
        join pg_catalog.pg_class r on r.oid = k.confrelid
        join pg_catalog.pg_namespace r_ns on r_ns.oid = r.relnamespace
        cross join lateral (
          select array_agg(ca.attname::text order by key.ord) as cols,
                 array_agg(ra.attname::text order by key.ord) as refs
            from unnest(k.conkey, k.confkey) with ordinality as key(col, ref, ord)
            join pg_catalog.pg_attribute ca on ca.attrelid = k.conrelid and ca.attnum = key.col
            join pg_catalog.pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = key.ref) fk
        cross join lateral (select k.connamespace::pg_catalog.regnamespace::text = any (?) as listed) l
       where k.contype = 'f' and k.conparentid = 0 and n.nspname = any (?)
       order by k.oid
      """;

  private static final String FUNCTIONS = """
      select p.oid::int8, n.nspname, p.proname, p.proargmodes::text[], p.proargnames,
             coalesce(p.proallargtypes, p.proargtypes::pg_catalog.oid[])::int8[], p.pronargs, p.pronargdefaults,
             pg_catalog.pg_get_function_arguments(p.oid), pg_catalog.pg_get_function_identity_arguments(p.oid),
             p.prorettype::int8, pg_catalog.pg_get_function_result(p.oid), nullif(rt.typrelid, 0)::int8,
             p.proretset, case when p.proretset then nullif(p.prorows, 0) end
        from pg_catalog.pg_proc p
        join pg_catalog.pg_namespace n on n.oid = p.pronamespace
        left join pg_catalog.pg_type rt on rt.oid = p.prorettype
       where p.prokind = 'f' and n.nspname = any (?)
      """;

  private static final String TYPES = """
      select t.oid::int8, t.typname, n.nspname, pg_catalog.format_type(t.oid, null),
             array(select e.enumlabel::text from pg_catalog.pg_enum e
                    where e.enumtypid = t.oid order by e.enumsortorder),
             array(select a.attname::text from pg_catalog.pg_attribute a
                    where a.attrelid = c.oid and c.relkind = 'c' and a.attnum > 0 and not a.attisdropped
                    order by a.attnum),
             array(select a.atttypid::int8 from pg_catalog.pg_attribute a
                    where a.attrelid = c.oid and c.relkind = 'c' and a.attnum > 0 and not a.attisdropped
                    order by a.attnum),
             nullif(t.typrelid, 0)::int8
        from pg_catalog.pg_type t
        join pg_catalog.pg_namespace n on n.oid = t.typnamespace
        left join pg_catalog.pg_class c on c.oid = t.typrelid
       where t.typrelid = 0 or c.relkind in ('c', 'r', 'v', 'm', 'p', 'f')
      """;

  private final Connection connection;
  private final String[] schemas;

  CatalogReader(Connection connection, List<String> schemas) {
    this.connection = connection;
    this.schemas = schemas.toArray(String[]::new);
  }

  Catalog read() throws SQLException {
    List<String> found = query(SCHEMAS, rs -> rs.getString(1));
    found.sort(BY_NAME);
    List<Relation> relations = query(RELATIONS, rs -> new Relation(rs.getLong(1), rs.getString(2), rs.getString(3),
        kind(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6), rs.getString(7)));
    relations.sort(Comparator.comparing(Relation::schema, BY_NAME).thenComparing(Relation::name, BY_NAME)
        .thenComparingLong(Relation::id));
    List<Column> columns = query(COLUMNS, rs -> new Column(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9),
        rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12), rs.getString(13), rs.getString(14)));
    columns.sort(Comparator.comparing(Column::schema, BY_NAME).thenComparing(Column::table, BY_NAME)
        .thenComparing(Column::name, BY_NAME));
    List<Relationship> foreignKeys = query(FOREIGN_KEYS, rs -> new Relationship(rs.getString(1), rs.getString(2),
        rs.getString(3), nullableStrings(rs.getArray(4)), rs.getBoolean(8), rs.getString(5), rs.getString(6),
        nullableStrings(rs.getArray(7))));
    List<Relationship> relationships = new ArrayList<>(foreignKeys);
    relationships.addAll(new ViewRelationships(connection, schemas).derive(foreignKeys));
    relationships.sort(Comparator.comparing(Relationship::foreignKeyName, BY_NAME)
        .thenComparing(Relationship::referencedRelation, BY_NAME)
        .thenComparing(r -> jsonArray(r.referencedColumns()), BY_NAME));
    List<Function> functions = query(FUNCTIONS, CatalogReader::function);
    functions.removeIf(f -> f.returnType().equals("trigger") || f.returnType().equals("event_trigger"));
    functions.sort(Comparator.comparing(Function::schema, BY_NAME).thenComparing(Function::name, BY_NAME)
        .thenComparing(Function::identityArgumentTypes, BY_NAME).thenComparingLong(Function::id));
    List<PgType> types = query(TYPES, CatalogReader::type);
    types.sort(Comparator.comparing(PgType::schema, BY_NAME).thenComparing(PgType::name, BY_NAME)
        .thenComparingLong(PgType::id));
    return new Catalog(List.copyOf(found), relations, columns, relationships, functions, types);
  }

  private static Kind kind(String relkind) {
    return switch (relkind) {
      case "f" -> Kind.FOREIGN_TABLE;
      case "v" -> Kind.VIEW;
      case "m" -> Kind.MATERIALIZED_VIEW;
      default -> Kind.TABLE;
    };
  }

  /**
   * Arguments as PostgREST pairs them: modes, names and types cover every argument; the
   * "has a default" flags cover only the first {@code pronargs} of them (the last {@code
   * pronargdefaults} of those are true), exactly as Supabase's query zips them.
   */
  private static Function function(ResultSet rs) throws SQLException {
    long[] types = longs(rs.getArray(6));
    List<String> modes = rs.getArray(4) == null ? null : strings(rs.getArray(4));
    List<String> names = rs.getArray(5) == null ? null : strings(rs.getArray(5));
    int inputs = rs.getInt(7);
    int defaults = rs.getInt(8);
    List<Arg> args = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      String mode = switch (modes == null ? "i" : modes.get(i)) {
        case "i" -> "in";
        case "o" -> "out";
        case "b" -> "inout";
        case "v" -> "variadic";
        default -> "table";
      };
      String name = names == null || names.get(i) == null ? "" : names.get(i);
      args.add(new Arg(mode, name, types[i], i < inputs && i >= inputs - defaults));
    }
    args.sort(Comparator.comparing(Arg::name, BY_NAME));
    double rows = rs.getDouble(15);
    Double estimate = rs.wasNull() ? null : rows;
    long relationId = rs.getLong(13);
    Long relation = rs.wasNull() ? null : relationId;
    return new Function(rs.getLong(1), rs.getString(2), rs.getString(3), List.copyOf(args), rs.getString(9),
        rs.getString(10), rs.getLong(11), rs.getString(12), relation, rs.getBoolean(14), estimate);
  }

  private static PgType type(ResultSet rs) throws SQLException {
    List<String> attributeNames = strings(rs.getArray(6));
    long[] attributeTypes = longs(rs.getArray(7));
    List<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i < attributeNames.size(); i++) {
      attributes.add(new Attribute(attributeNames.get(i), attributeTypes[i]));
    }
    long relationId = rs.getLong(8);
    Long relation = rs.wasNull() ? null : relationId;
    return new PgType(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), strings(rs.getArray(5)),
        List.copyOf(attributes), relation);
  }

  /** {@code JSON.stringify} of a list of names, {@code null} for none. */
  static String jsonArray(List<String> values) {
    if (values == null) {
      return "null";
    }
    return "[" + String.join(",", values.stream().map(JsStrings::json).toList()) + "]";
  }

  static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return nullableStrings(array);
  }

  /** The strings of an SQL array, or {@code null} for SQL null. */
  static List<String> nullableStrings(Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    Object[] values = (Object[]) array.getArray();
    List<String> out = new ArrayList<>(values.length);
    for (Object value : values) {
      out.add(value == null ? null : value.toString());
    }
    return out;
  }

  private static long[] longs(Array array) throws SQLException {
    if (array == null) {
      return new long[0];
    }
    Object[] values = (Object[]) array.getArray();
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ((Number) values[i]).longValue();
    }
    return out;
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper) throws SQLException {
    return query(connection, sql, schemas, mapper);
  }

  /** Runs {@code sql}, binding the schema names as a text array to each of its parameters. */
  static <T> List<T> query(Connection connection, String sql, String[] schemas, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int parameters = statement.getParameterMetaData().getParameterCount();
      for (int i = 1; i <= parameters; i++) {
        statement.setArray(i, connection.createArrayOf("text", schemas));
      }
      try (ResultSet rs = statement.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
        return rows;
      }
    }
  }
}
