package io.moduleregistry.codegen.typescript;

import io.moduleregistry.codegen.typescript.Catalog.Relationship;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relationships PostgREST derives through views: a view (or materialized view) that selects
 * every column of a foreign key, directly or through other views, takes part in that key's
 * relationship, as the referencing side ({@code f}), the referenced side ({@code f_ref}) or both.
 * Which view column comes from which table column is read from the views' rewrite rules.
 */
final class ViewRelationships {

  private static final String VIEW_RULES = """
      select c.oid::int8, n.nspname, c.relname, r.ev_action::text
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        join pg_catalog.pg_rewrite r on r.ev_class = c.oid
       where c.relkind in ('v', 'm') and n.nspname = any (?)
       order by c.oid, r.oid
      """;

  private static final String VIEW_COLUMNS = """
      select a.attrelid::int8, a.attnum, a.attname::text
        from pg_catalog.pg_attribute a
        join pg_catalog.pg_class c on c.oid = a.attrelid
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('v', 'm') and n.nspname = any (?) and a.attnum > 0
      """;

  // Referencing side: every foreign key; referenced side: keys declared in the chosen schemas (by
  // regnamespace text, quoted where needed, as PostgREST's query matches them).
  private static final String KEYS = """
      select k.conname::text, 'f', k.conrelid::int8, k.conkey::int4[], tn.nspname, t.relname
        from pg_catalog.pg_constraint k
        join pg_catalog.pg_class t on t.oid = k.conrelid
        join pg_catalog.pg_namespace tn on tn.oid = t.relnamespace
       where k.contype = 'f'
      union all
      select k.conname::text, 'f_ref', k.confrelid::int8, k.confkey::int4[], tn.nspname, t.relname
        from pg_catalog.pg_constraint k
        join pg_catalog.pg_class t on t.oid = k.confrelid
        join pg_catalog.pg_namespace tn on tn.oid = t.relnamespace
       where k.contype = 'f' and k.connamespace::pg_catalog.regnamespace::text = any (?)
      """;

  private record View(long id, String schema, String name) {}

  private record Origin(long view, long table, long column) {}

  private record Key(String name, String type, long table, List<Long> columns, String tableSchema, String tableName) {}

  /** One view's stand-in for a key: for each key column, the view columns that select it. */
  private record Dependency(String tableSchema, String tableName, View view, String constraint, String type,
      List<List<String>> viewColumns) {}

  private final Connection connection;
  private final String[] schemas;

  ViewRelationships(Connection connection, String[] schemas) {
    this.connection = connection;
    this.schemas = schemas;
  }

  List<Relationship> derive(List<Relationship> foreignKeys) throws SQLException {
    List<Dependency> dependencies = dependencies();
    List<Relationship> derived = new ArrayList<>();
    for (Relationship r : foreignKeys) {
      List<Dependency> fromView = dependencies.stream().filter(d -> d.type().equals("f")
          && d.tableSchema().equals(r.schema()) && d.tableName().equals(r.relation())
          && d.constraint().equals(r.foreignKeyName())).toList();
      List<Dependency> toView = dependencies.stream().filter(d -> d.type().equals("f_ref")
          && d.tableSchema().equals(r.referencedSchema()) && d.tableName().equals(r.referencedRelation())
          && d.constraint().equals(r.foreignKeyName())).toList();
      for (Dependency from : fromView) {
        for (List<String> columns : combinations(from.viewColumns())) {
          derived.add(new Relationship(r.foreignKeyName(), from.view().schema(), from.view().name(), columns,
              r.oneToOne(), r.referencedSchema(), r.referencedRelation(), r.referencedColumns()));
        }
      }
      for (Dependency to : toView) {
        for (List<String> columns : combinations(to.viewColumns())) {
          derived.add(new Relationship(r.foreignKeyName(), r.schema(), r.relation(), r.columns(), r.oneToOne(),
              to.view().schema(), to.view().name(), columns));
        }
      }
      for (Dependency from : fromView) {
        for (List<String> columns : combinations(from.viewColumns())) {
          for (Dependency to : toView) {
            for (List<String> referenced : combinations(to.viewColumns())) {
              derived.add(new Relationship(r.foreignKeyName(), from.view().schema(), from.view().name(), columns,
                  r.oneToOne(), to.view().schema(), to.view().name(), referenced));
            }
          }
        }
      }
    }
    return derived;
  }

  private List<Dependency> dependencies() throws SQLException {
    Map<Long, View> views = new LinkedHashMap<>();
    Map<Long, List<long[]>> entries = new HashMap<>();
    for (Object[] row : CatalogReader.query(connection, VIEW_RULES, schemas,
        rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
      long id = (Long) row[0];
      views.putIfAbsent(id, new View(id, (String) row[1], (String) row[2]));
      entries.computeIfAbsent(id, k -> new ArrayList<>()).addAll(NodeTree.targetEntries((String) row[3]));
    }
    if (views.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<Long, String>> columnNames = new HashMap<>();
    for (Object[] row : CatalogReader.query(connection, VIEW_COLUMNS, schemas,
        rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})) {
      columnNames.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], (String) row[2]);
    }
    Map<Origin, List<String>> origins = new LinkedHashMap<>();
    for (View view : views.values()) {
      for (long[] entry : entries.get(view.id())) {
        String column = columnNames.getOrDefault(view.id(), Map.of()).get(entry[0]);
        if (column != null) {
          trace(view.id(), column, entry[1], entry[2], entries, origins, new HashSet<>());
        }
      }
    }
    List<Key> keys = CatalogReader.query(connection, KEYS, schemas, rs -> {
      List<Long> columns = new ArrayList<>();
      for (Object n : (Object[]) rs.getArray(4).getArray()) {
        columns.add(((Number) n).longValue());
      }
      return new Key(rs.getString(1), rs.getString(2), rs.getLong(3), columns, rs.getString(5), rs.getString(6));
    });
    List<Dependency> dependencies = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (Key key : keys) {
      for (View view : views.values()) {
        List<List<String>> viewColumns = new ArrayList<>();
        for (long column : key.columns()) {
          List<String> selecting = origins.get(new Origin(view.id(), key.table(), column));
          if (selecting == null) {
            break;
          }
          viewColumns.add(selecting);
        }
        if (viewColumns.size() == key.columns().size()
            && seen.add(List.of(key.table(), view.id(), key.name(), key.type()))) {
          dependencies.add(new Dependency(key.tableSchema(), key.tableName(), view, key.name(), key.type(),
              viewColumns));
        }
      }
    }
    return dependencies;
  }

  /** Records that {@code viewColumn} of {@code view} selects {@code table.column}, following views. */
  private static void trace(long view, String viewColumn, long table, long column, Map<Long, List<long[]>> entries,
      Map<Origin, List<String>> origins, Set<Long> path) {
    if (table == 0) {
      return;
    }
    List<String> names = origins.computeIfAbsent(new Origin(view, table, column), k -> new ArrayList<>());
    if (!names.contains(viewColumn)) {
      names.add(viewColumn);
    }
    List<long[]> inner = entries.get(table);
    if (inner == null || !path.add(table)) {
      return;
    }
    for (long[] entry : inner) {
      if (entry[0] == column) {
        trace(view, viewColumn, entry[1], entry[2], entries, origins, path);
      }
    }
    path.remove(table);
  }

  private static List<List<String>> combinations(List<List<String>> choices) {
    List<List<String>> result = new ArrayList<>();
    result.add(List.of());
    for (List<String> options : choices) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : result) {
        for (String option : options) {
          List<String> combined = new ArrayList<>(prefix);
          combined.add(option);
          next.add(List.copyOf(combined));
        }
      }
      result = next;
    }
    return result;
  }
}
