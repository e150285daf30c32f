package io.moduleregistry.bench;

import static io.moduleregistry.db.Tables.MODULES;
import static io.moduleregistry.db.Tables.ORG_MODULES;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The floor: the facade's statements rendered ONCE by jOOQ (as the facade renders them), then run
 * as server-prepared pgjdbc statements on an owner connection with an explicit filter: no RLS, no
 * role switch, no per-call rendering. What a call costs with no security and no abstraction at all.
 */
final class PreparedFloor {

  /** Placeholders rendered into the statements, replaced by each call's values when binding. */
  private static final UUID ORG = new UUID(0x5eed, 0x5eed);
  private static final String MODULE = "placeholder-module";

  private static final Field<?>[] INSTALLATION = {
      ORG_MODULES.ORG_ID, ORG_MODULES.MODULE_ID, ORG_MODULES.ENABLED, ORG_MODULES.INSTALLED_AT, ORG_MODULES.SETTINGS};

  private final DataSource owner;
  private final Rendered isEnabled;
  private final Rendered installations;
  private final Rendered install;
  private final Rendered uninstall;

  /** A statement's SQL and its bind values in order, placeholders included. */
  private record Rendered(String sql, List<Object> binds) {}

  PreparedFloor(DataSource owner) {
    this.owner = owner;
    DSLContext dsl = DSL.using(SQLDialect.POSTGRES, new Settings()
        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED).withRenderSchema(true));
    isEnabled = render(dsl, DSL.select(DSL.field(DSL.exists(DSL.selectOne()
        .from(ORG_MODULES).join(MODULES).on(MODULES.ID.eq(ORG_MODULES.MODULE_ID))
        .where(ORG_MODULES.ORG_ID.eq(ORG), ORG_MODULES.MODULE_ID.eq(MODULE), ORG_MODULES.ENABLED.isTrue(),
            MODULES.IS_ACTIVE.isTrue()))).as("enabled")));
    installations = render(dsl, DSL.select(INSTALLATION).from(ORG_MODULES).where(ORG_MODULES.ORG_ID.eq(ORG))
        .orderBy(ORG_MODULES.MODULE_ID));
    install = render(dsl, DSL.insertInto(ORG_MODULES, ORG_MODULES.ORG_ID, ORG_MODULES.MODULE_ID)
        .values(ORG, MODULE).returning(INSTALLATION));
    uninstall = render(dsl, DSL.deleteFrom(ORG_MODULES)
        .where(ORG_MODULES.ORG_ID.eq(ORG), ORG_MODULES.MODULE_ID.eq(MODULE)));
  }

  private static Rendered render(DSLContext dsl, Query query) {
    return new Rendered(dsl.render(query), dsl.extractBindValues(query));
  }

  boolean isEnabled(UUID org, String module) throws SQLException {
    try (Connection c = owner.getConnection(); PreparedStatement s = prepare(c, isEnabled, org, module);
         ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  int installations(UUID org) throws SQLException {
    try (Connection c = owner.getConnection(); PreparedStatement s = prepare(c, installations, org, MODULE);
         ResultSet rs = s.executeQuery()) {
      int rows = 0;
      while (rs.next()) {
        rs.getObject(1, UUID.class);
        rs.getString(2);
        rs.getBoolean(3);
        rs.getObject(4, java.time.OffsetDateTime.class);
        rs.getString(5);
        rows++;
      }
      return rows;
    }
  }

  int installAndUninstall(UUID org, String module) throws SQLException {
    try (Connection c = owner.getConnection()) {
      int inserted = 0;
      try (PreparedStatement s = prepare(c, install, org, module); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          inserted++;
        }
      }
      try (PreparedStatement s = prepare(c, uninstall, org, module)) {
        s.executeUpdate();
      }
      return inserted;
    }
  }

  /** pgjdbc keeps the statement per connection and server-prepares it from its fifth use (prepareThreshold). */
  private static PreparedStatement prepare(Connection c, Rendered statement, UUID org, String module)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(statement.sql());
    List<Object> binds = statement.binds();
    for (int i = 0; i < binds.size(); i++) {
      Object value = binds.get(i);
      s.setObject(i + 1, ORG.equals(value) ? org : MODULE.equals(value) ? module : value);
    }
    return s;
  }
}
