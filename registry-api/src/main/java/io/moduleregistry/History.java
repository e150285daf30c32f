package io.moduleregistry;

import static io.moduleregistry.db.Tables.ORG_MODULE_EVENTS;
import static io.moduleregistry.db.Tables.ORG_MODULE_EVENT_SETTINGS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The history's statements and the reading of its rows. A page is one SELECT as the caller: the
 * events (RLS: members of the organization) left-joined to their settings values (RLS: owners and
 * admins), newest first by id, one row more than the page so that the caller learns whether another
 * follows. Retention is one DELETE as the service; the values go with their events by cascade.
 */
final class History {

  /** Most events one page may hold. */
  static final int MAX_PAGE = 1000;

  /**
   * A page of history or a retention range.
   *
   * @param beforeId a page holds events with a smaller id ({@link Long#MAX_VALUE} for the first page)
   * @param fetch how many rows a page reads: its size plus one
   * @param olderThan retention deletes the events that occurred before this, or {@code null}
   */
  record Range(long beforeId, int fetch, @Nullable OffsetDateTime olderThan) {

    static Range page(@Nullable HistoryCursor cursor, int limit) {
      return new Range(cursor == null ? Long.MAX_VALUE : cursor.beforeId(), limit + 1, null);
    }

    static Range olderThan(OffsetDateTime cutoff) {
      return new Range(0, 0, cutoff);
    }
  }

  private History() {}

  /** One page and one more row, newest first, of an org's history, of one module where the filter is set. */
  static PreparedCall<List<HistoryEvent>> page(DSLContext dsl, Rows rows) {
    var e = ORG_MODULE_EVENTS;
    var s = ORG_MODULE_EVENT_SETTINGS;
    Field<String> module = Parameter.MODULE_FILTER.param();
    ResultQuery<?> query = DSL.select(e.ID, e.ORG_ID, e.MODULE_ID, e.EVENT, e.ACTOR_ID, e.OCCURRED_AT, e.CHANGED_KEYS,
            s.EVENT_ID.isNotNull().as("settings_visible"), s.OLD_SETTINGS, s.NEW_SETTINGS)
        .from(e).leftJoin(s).on(s.EVENT_ID.eq(e.ID))
        .where(e.ORG_ID.eq(Parameter.ORG.param()), module.isNull().or(e.MODULE_ID.eq(module)),
            e.ID.lt(Parameter.BEFORE.param()))
        .orderBy(e.ID.desc())
        .limit(Parameter.FETCH.param());
    return PreparedCall.render(dsl, query, rs -> Rows.all(rs, r -> event(r, rows)));
  }

  /** Retention: every event (of every organization) that occurred before a time; answers how many. */
  static PreparedCall<Long> deleteOlderThan(DSLContext dsl) {
    return counted(dsl, DSL.deleteFrom(ORG_MODULE_EVENTS)
        .where(ORG_MODULE_EVENTS.OCCURRED_AT.lt(Parameter.OLDER_THAN.param())).returning(ORG_MODULE_EVENTS.ID));
  }

  /** Retention: every event of one organization; answers how many. */
  static PreparedCall<Long> deleteOfOrganization(DSLContext dsl) {
    return counted(dsl, DSL.deleteFrom(ORG_MODULE_EVENTS)
        .where(ORG_MODULE_EVENTS.ORG_ID.eq(Parameter.ORG.param())).returning(ORG_MODULE_EVENTS.ID));
  }

  /** The page a fetch of {@code limit + 1} rows makes: the first {@code limit}, and a cursor if there were more. */
  static HistoryPage pageOf(List<HistoryEvent> fetched, int limit) {
    if (fetched.size() <= limit) {
      return new HistoryPage(fetched, null);
    }
    List<HistoryEvent> page = fetched.subList(0, limit);
    return new HistoryPage(page, new HistoryCursor(page.get(limit - 1).id()));
  }

  private static PreparedCall<Long> counted(DSLContext dsl, ResultQuery<?> delete) {
    return PreparedCall.render(dsl, DSL.resultQuery("with gone as ({0}) select count(*) from gone", delete), rs -> {
      rs.next();
      return rs.getLong(1);
    });
  }

  private static HistoryEvent event(ResultSet rs, Rows rows) throws SQLException {
    java.sql.Array keys = rs.getArray("changed_keys");
    return new HistoryEvent(rs.getLong("id"), rs.getObject("org_id", UUID.class), rs.getString("module_id"),
        HistoryEvent.Kind.ofDatabaseName(rs.getString("event")), rs.getObject("actor_id", UUID.class),
        rs.getObject("occurred_at", OffsetDateTime.class),
        keys == null ? List.of() : Arrays.asList((String[]) keys.getArray()),
        rs.getBoolean("settings_visible"), rows.json(rs, "old_settings"), rows.json(rs, "new_settings"));
  }
}
