package io.moduleregistry;

import static io.moduleregistry.db.Tables.ORG_MODULE_EVENTS;
import static io.moduleregistry.db.Tables.ORG_MODULE_EVENT_SETTINGS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * The history's statements and the reading of its rows. A page is one SELECT as the caller: the
 * events (RLS: members of the organization) left-joined to their settings values (RLS: owners and
 * admins), newest first by id, one row more than the page so that the caller learns whether another
 * follows. Retention is one DELETE as the service; the values go with their events by cascade.
 */
final class History {

  /** Most events one page may hold. */
  static final int MAX_PAGE = 1000;

  /** Whether the caller's policies let it read the event's settings values (its row in the values table). */
  private static final Field<Boolean> SETTINGS_VISIBLE = DSL.field(DSL.name("settings_visible"), Boolean.class);

  private History() {}

  /** One page and one more row, newest first, of an org's history, of one module where the filter is set. */
  static PreparedCall<Target.HistoryQuery, List<HistoryEvent>> page(DSLContext dsl, Rows rows) {
    var e = ORG_MODULE_EVENTS;
    var s = ORG_MODULE_EVENT_SETTINGS;
    Field<String> module = Parameter.MODULE_FILTER.param();
    ResultQuery<?> query = DSL.select(e.ID, e.ORG_ID, e.MODULE_ID, e.EVENT, e.ACTOR_ID, e.OCCURRED_AT, e.CHANGED_KEYS,
            s.EVENT_ID.isNotNull().as(SETTINGS_VISIBLE), s.OLD_SETTINGS, s.NEW_SETTINGS)
        .from(e).leftJoin(s).on(s.EVENT_ID.eq(e.ID))
        .where(e.ORG_ID.eq(Parameter.ORG.param()), module.isNull().or(e.MODULE_ID.eq(module)),
            e.ID.lt(Parameter.BEFORE.param()))
        .orderBy(e.ID.desc())
        .limit(Parameter.FETCH.param());
    return PreparedCall.render(dsl, Target.HistoryQuery.class, query, rs -> Rows.all(rs, r -> event(r, rows)));
  }

  /** Retention: every event (of every organization) that occurred before a time; answers how many. */
  static PreparedCall<Target.HistoryCutoff, Long> deleteOlderThan(DSLContext dsl) {
    return counted(dsl, Target.HistoryCutoff.class, DSL.deleteFrom(ORG_MODULE_EVENTS)
        .where(ORG_MODULE_EVENTS.OCCURRED_AT.lt(Parameter.OLDER_THAN.param())).returning(ORG_MODULE_EVENTS.ID));
  }

  /** Retention: every event of one organization; answers how many. */
  static PreparedCall<Target.Org, Long> deleteOfOrganization(DSLContext dsl) {
    return counted(dsl, Target.Org.class, DSL.deleteFrom(ORG_MODULE_EVENTS)
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

  private static <I extends Target> PreparedCall<I, Long> counted(DSLContext dsl, Class<I> input, ResultQuery<?> delete) {
    return PreparedCall.render(dsl, input, DSL.resultQuery("with gone as ({0}) select count(*) from gone", delete), rs -> {
      rs.next();
      return rs.getLong(1);
    });
  }

  private static HistoryEvent event(ResultSet rs, Rows rows) throws SQLException {
    var e = ORG_MODULE_EVENTS;
    var s = ORG_MODULE_EVENT_SETTINGS;
    java.sql.Array keys = rs.getArray(e.CHANGED_KEYS.getName()); // text[]: pgjdbc has no getObject(String[].class)
    return new HistoryEvent(Rows.get(rs, e.ID), Rows.get(rs, e.ORG_ID), Rows.get(rs, e.MODULE_ID),
        HistoryEvent.Kind.ofDatabaseName(rs.getString(e.EVENT.getName())), Rows.get(rs, e.ACTOR_ID),
        Rows.get(rs, e.OCCURRED_AT), keys == null ? List.of() : Arrays.asList((String[]) keys.getArray()),
        rs.getBoolean(SETTINGS_VISIBLE.getName()), rows.json(rs, s.OLD_SETTINGS), rows.json(rs, s.NEW_SETTINGS));
  }
}
