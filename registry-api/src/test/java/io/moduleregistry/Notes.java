package io.moduleregistry;

import java.util.UUID;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * A service's own table, {@code public.caller_sql_notes}, shaped as the class jOOQ's generator (and
 * so the Maven plugin) writes for it: CallerSqlTest's README snippet reads as a service's code does.
 */
final class Notes extends TableImpl<Record> {

  static final Notes NOTES = new Notes();

  final TableField<Record, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.identity(true), this);
  final TableField<Record, UUID> ORG_ID = createField(DSL.name("org_id"), SQLDataType.UUID.nullable(false), this);
  final TableField<Record, String> BODY = createField(DSL.name("body"), SQLDataType.CLOB.nullable(false), this);

  private Notes() {
    super(DSL.name("caller_sql_notes"), DSL.schema(DSL.name("public")));
  }
}
