package io.moduleregistry.codegen.typescript;

import java.util.List;

/**
 * What the generator reads from {@code pg_catalog}: the schemas asked for, their relations,
 * columns, foreign-key relationships (including those PostgREST derives through views) and
 * functions, and every type of the database. Lists are in the generator's name order.
 */
record Catalog(List<String> schemas, List<Relation> relations, List<Column> columns,
    List<Relationship> relationships, List<Function> functions, List<PgType> types) {

  enum Kind { TABLE, FOREIGN_TABLE, VIEW, MATERIALIZED_VIEW }

  /** A table, foreign table, view or materialized view. */
  record Relation(long id, String schema, String name, Kind kind, boolean insertable, boolean updatable,
      String comment) {
    boolean isTable() {
      return kind == Kind.TABLE || kind == Kind.FOREIGN_TABLE;
    }
  }

  /**
   * A column. {@code format} is the type name ({@code typname}; a domain's base type), {@code check}
   * the first single-column CHECK constraint's definition or {@code null}.
   */
  record Column(long relationId, String schema, String table, String name, String format, String typeSchema,
      boolean identity, boolean identityAlways, boolean generated, boolean nullable, boolean updatable,
      boolean hasDefault, String comment, String check) {}

  /**
   * A foreign key, or one PostgREST derives through a view that exposes its columns. The column
   * lists are {@code null} where PostgREST's query yields none (a schema whose name needs quotes).
   */
  record Relationship(String foreignKeyName, String schema, String relation, List<String> columns,
      boolean oneToOne, String referencedSchema, String referencedRelation, List<String> referencedColumns) {}

  /** A function ({@code prokind = 'f'}); trigger functions are left out. */
  record Function(long id, String schema, String name, List<Arg> args, String argumentTypes,
      String identityArgumentTypes, long returnTypeId, String returnType, Long returnRelationId,
      boolean returnsSet, Double rows) {}

  /** An argument; {@code mode} is {@code in}, {@code out}, {@code inout}, {@code variadic} or {@code table}. */
  record Arg(String mode, String name, long typeId, boolean hasDefault) {}

  /**
   * A type of any schema; {@code format} is {@code format_type} (schema-qualified where not on the
   * search path), {@code relationId} is set for row and composite types.
   */
  record PgType(long id, String name, String schema, String format, List<String> enumLabels,
      List<Attribute> attributes, Long relationId) {}

  /** An attribute of a composite type. */
  record Attribute(String name, long typeId) {}
}
