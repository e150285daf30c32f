package io.moduleregistry;

import static io.moduleregistry.Notes.NOTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.db.tables.OrgModules;
import io.moduleregistry.db.tables.records.OrgModulesRecord;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A service's own SQL as a scope's caller, under the service's own row-level security (a policy
 * with {@code module_registry.member_org_ids()} and {@code admin_org_ids()}): owner, member and
 * stranger see and change what the policies say; one statement is one round trip; a joined
 * caller's transaction and identity are kept; failures are translated.
 */
class CallerSqlTest {

  private static final Field<Long> ID = NOTES.ID;
  private static final Field<UUID> ORG = NOTES.ORG_ID;
  private static final Field<String> BODY = NOTES.BODY;

  private static RegistryDatabase db;
  private static CountingDataSource counting;
  private static ModuleRegistry registry;
  private static Tenant acme;
  private static Tenant globex;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    db.fixtures().update("drop table if exists public.caller_sql_notes");
    db.fixtures().update("""
        create table public.caller_sql_notes (
          id bigint generated always as identity primary key,
          org_id uuid not null references public.organizations (id),
          body text not null constraint caller_sql_notes_body_not_empty check (body <> '')
        )""");
    db.fixtures().update("alter table public.caller_sql_notes enable row level security");
    db.fixtures().update("create policy caller_sql_notes_read on public.caller_sql_notes for select to authenticated"
        + " using (org_id = any ((select module_registry.member_org_ids())::uuid[]))");
    db.fixtures().update("create policy caller_sql_notes_write on public.caller_sql_notes for insert to authenticated"
        + " with check (org_id = any ((select module_registry.admin_org_ids())::uuid[]))");
    db.fixtures().update("create policy caller_sql_notes_update on public.caller_sql_notes for update to authenticated"
        + " using (org_id = any ((select module_registry.admin_org_ids())::uuid[]))");
    db.fixtures().update("grant select, insert, update, delete on public.caller_sql_notes to authenticated, service_role");
    counting = new CountingDataSource(db.appDataSource());
    registry = ModuleRegistry.create(counting.dataSource());
    acme = db.fixtures().tenant("CallerSqlAcme");
    globex = db.fixtures().tenant("CallerSqlGlobex");
  }

  @BeforeEach
  void empty() {
    db.fixtures().update("delete from public.caller_sql_notes");
    counting.reset();
  }

  @Test
  void ownerWritesMemberReadsStrangerSeesNothingEachInOneRoundTrip() {
    UserScope owner = registry.asUser(acme.owner());
    assertThat(owner.execute(DSL.insertInto(NOTES, ORG, BODY).values(acme.orgId(), "first"))).isEqualTo(1);
    assertOneRoundTrip("insert");
    Result<Record> inserted = owner.fetch(DSL.insertInto(NOTES, ORG, BODY).values(acme.orgId(), "second")
        .returning(ID, BODY));
    assertThat(inserted.getValues(BODY)).containsExactly("second");
    assertOneRoundTrip("insert ... returning");

    assertThat(registry.asUser(acme.member()).fetch(DSL.select(BODY).from(NOTES).orderBy(ID)).getValues(BODY))
        .containsExactly("first", "second");
    assertOneRoundTrip("member's select");
    assertThat(registry.asUser(globex.owner()).fetch(DSL.select(BODY).from(NOTES))).isEmpty();
    assertOneRoundTrip("stranger's select");
    assertThat(registry.asUser(globex.owner()).execute(DSL.update(NOTES).set(BODY, "taken"))).isZero();
    assertThat(registry.asService().fetch(DSL.select(BODY).from(NOTES).where(BODY.eq("taken")))).isEmpty();
    assertThat(registry.asService().fetch(DSL.selectCount().from(NOTES)).get(0).value1())
        .as("the service bypasses RLS").isEqualTo(2);
  }

  @Test
  void whatThePolicyRefusesIsAccessDeniedAndChangesNothing() {
    assertThatThrownBy(() -> registry.asUser(acme.member()).execute(DSL.insertInto(NOTES, ORG, BODY)
        .values(acme.orgId(), "by a member")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("user " + acme.member())
        .hasMessageContaining("row-level security")
        .hasMessageContaining("SQLSTATE 42501");
    assertOneRoundTrip("a refused insert");
    assertThatThrownBy(() -> registry.asUser(globex.owner()).execute(DSL.insertInto(NOTES, ORG, BODY)
        .values(acme.orgId(), "by a stranger")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(db.fixtures().queryValue("select count(*) from public.caller_sql_notes")).isEqualTo(0L);
  }

  @Test
  void theServicesOwnConstraintIsReportedWithItsSqlStateAndCause() {
    assertThatThrownBy(() -> registry.asUser(acme.owner()).execute(DSL.insertInto(NOTES, ORG, BODY)
        .values(acme.orgId(), "")))
        .isInstanceOfSatisfying(RegistryException.class, e -> {
          assertThat(e.code()).isEqualTo(RegistryErrorCode.UNEXPECTED);
          assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("23514");
        })
        .hasMessageContaining("caller_sql_notes_body_not_empty")
        .hasMessageContaining("SQLSTATE 23514")
        .hasMessageContaining("Nothing was changed");
  }

  @Test
  void generatedRecordsComeBackTypedWithTheirConverters() {
    registry.asService().registerModule(ModuleDefinition.of("caller-sql", "Caller SQL"));
    registry.asUser(acme.admin()).install(acme.orgId(), "caller-sql", Map.of("depth", 2));
    counting.reset();
    Result<OrgModulesRecord> rows = registry.asUser(acme.member())
        .fetch(DSL.selectFrom(OrgModules.ORG_MODULES).where(OrgModules.ORG_MODULES.MODULE_ID.eq("caller-sql")));
    assertOneRoundTrip("a generated table");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getSettings().get("depth").asInt()).isEqualTo(2);
    assertThat(registry.asUser(globex.member())
        .fetch(DSL.selectFrom(OrgModules.ORG_MODULES).where(OrgModules.ORG_MODULES.MODULE_ID.eq("caller-sql"))))
        .isEmpty();
  }

  @Test
  void jdbcWorkRunsInOneTransactionAsTheCallerAndRollsBackWhenItThrows() {
    UserScope owner = registry.asUser(acme.owner());
    long count = owner.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into public.caller_sql_notes (org_id, body) values (?, 'a'), (?, 'b')")) {
        insert.setObject(1, acme.orgId());
        insert.setObject(2, acme.orgId());
        insert.executeUpdate();
      }
      return DSL.using(connection, SQLDialect.POSTGRES).fetchCount(NOTES);
    });
    assertThat(count).isEqualTo(2);
    assertThat(counting.roundTrips.get()).as("scope, insert, count, commit").isEqualTo(4);
    assertThat(counting.connections.get()).isEqualTo(1);

    assertThatThrownBy(() -> owner.inTransaction(connection -> {
      DSL.using(connection, SQLDialect.POSTGRES).insertInto(NOTES, ORG, BODY).values(acme.orgId(), "c").execute();
      throw new IllegalArgumentException("the service changed its mind");
    })).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> registry.asUser(acme.member()).inTransaction(connection -> {
      try (Statement s = connection.createStatement()) {
        return s.executeUpdate("insert into public.caller_sql_notes (org_id, body) values ('" + acme.orgId() + "', 'd')");
      }
    })).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> owner.inTransaction(connection -> {
      connection.commit();
      return null;
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("commit");
    assertThat(db.fixtures().queryValue("select count(*) from public.caller_sql_notes")).isEqualTo(2L);
  }

  @Test
  void nothingOfTheScopeIsLeftOnThePooledConnectionAndTheOlderClaimSettingsAreEmptied() throws SQLException {
    try (HikariDataSource pool = AppPools.pool(db, db.jdbcUrl(), 1, config -> { })) {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("set request.jwt.claim.sub = '" + acme.owner() + "'"); // left behind by an earlier borrower
      }
      UserScope stranger = ModuleRegistry.create(pool).asUser(globex.member());
      Field<String> legacy = DSL.field("current_setting('request.jwt.claim.sub', true)", String.class);
      assertThat(stranger.fetch(DSL.select(legacy)).get(0).value1()).isEmpty();
      String inWork = stranger.inTransaction(c -> DSL.using(c, SQLDialect.POSTGRES).select(legacy).fetchOne().value1());
      assertThat(inWork).isEmpty();
      try (Connection c = pool.getConnection(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("select current_user, current_setting('role'),"
               + " coalesce(current_setting('request.jwt.claims', true), ''), current_setting('request.jwt.claim.sub', true)")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(RegistryDatabase.APP_ROLE);
        assertThat(rs.getString(2)).isEqualTo("none");
        assertThat(rs.getString(3)).isEmpty();
        assertThat(rs.getString(4)).as("the session's own value, as it was").isEqualTo(acme.owner().toString());
        assertThat(c.getAutoCommit()).isTrue();
      }
    }
  }

  @Test
  void aCallerTransactionIsJoinedItsIdentityRestoredAndItDecidesTheCommit() throws SQLException {
    try (HikariDataSource pool = AppPools.pool(db, db.jdbcUrl(), 1, config -> { });
         Connection callers = pool.getConnection()) {
      callers.setAutoCommit(false);
      try (Statement s = callers.createStatement()) {
        s.execute("select set_config('request.jwt.claims', '{\"sub\":\"caller\"}', true),"
            + " set_config('request.jwt.claim.sub', 'legacy-caller', true)");
      }
      CountingDataSource callersCounted = new CountingDataSource(new org.postgresql.ds.PGSimpleDataSource() {
        @Override
        public Connection getConnection() {
          return callers;
        }
      });
      ModuleRegistry joined = ModuleRegistry.builder(pool)
          .connections(AppPools.on(callersCounted.dataSource().getConnection(), true)).build();
      UserScope owner = joined.asUser(acme.owner());
      assertThat(owner.execute(DSL.insertInto(NOTES, ORG, BODY).values(acme.orgId(), "joined"))).isEqualTo(1);
      assertThat(callersCounted.roundTrips.get()).as("save, scope, insert, restore: one round trip").isEqualTo(1);
      assertThat(owner.fetch(DSL.select(BODY).from(NOTES)).getValues(BODY)).containsExactly("joined");
      int inWork = owner.inTransaction(c -> DSL.using(c, SQLDialect.POSTGRES).fetchCount(NOTES));
      assertThat(inWork).isEqualTo(1);
      assertCallersIdentity(callers);
      assertThatThrownBy(() -> owner.inTransaction(c -> {
        throw new IllegalStateException("the work failed");
      })).isInstanceOf(IllegalStateException.class);
      assertCallersIdentity(callers);
      callers.rollback();
    }
    assertThat(db.fixtures().queryValue("select count(*) from public.caller_sql_notes"))
        .as("rolled back with the caller's transaction").isEqualTo(0L);
  }

  /** The README's snippet, run as written by the org's owner. */
  static long readmeSnippet(ModuleRegistry registry, UUID userId, UUID orgId) {
    // readme:own-sql:start
    UserScope user = registry.asUser(userId);
    // One statement, one round trip, as the user: your own RLS policies decide.
    user.execute(DSL.insertInto(NOTES, NOTES.ORG_ID, NOTES.BODY).values(orgId, "hello"));
    Result<Record2<Long, String>> notes = user.fetch(
        DSL.select(NOTES.ID, NOTES.BODY).from(NOTES).where(NOTES.ORG_ID.eq(orgId)).orderBy(NOTES.ID));
    // Several statements in one transaction, as the user: commits when the work returns.
    long kept = user.inTransaction(connection -> {
      DSLContext tx = DSL.using(connection, SQLDialect.POSTGRES);
      tx.deleteFrom(NOTES).where(NOTES.ORG_ID.eq(orgId).and(NOTES.BODY.eq(""))).execute();
      return (long) tx.fetchCount(NOTES, NOTES.ORG_ID.eq(orgId));
    });
    // readme:own-sql:end
    assertThat(notes.getValues(NOTES.BODY)).containsExactly("hello");
    return kept;
  }

  @Test
  void theReadmeSnippetRunsAsWrittenAndTheReadmeShowsIt() throws IOException {
    assertThat(readmeSnippet(registry, acme.owner(), acme.orgId())).isEqualTo(1L);
    assertThatThrownBy(() -> readmeSnippet(registry, acme.member(), acme.orgId()))
        .as("a member may not insert").isInstanceOf(AccessDeniedException.class);
    String source = Files.readString(Path.of("src/test/java/io/moduleregistry/CallerSqlTest.java"));
    String start = "// readme:own-sql:start\n";
    String code = source.substring(source.indexOf(start) + start.length(), source.indexOf("// readme:own-sql:end"));
    assertThat(Files.readString(Path.of("../README.md"))).contains(code.stripIndent());
  }

  @Test
  void aNullQueryOrWorkIsRefusedBeforeAnySql() {
    UserScope member = registry.asUser(acme.member());
    assertThatThrownBy(() -> member.fetch(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("query");
    assertThatThrownBy(() -> member.execute(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("query");
    assertThatThrownBy(() -> member.inTransaction(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("work");
    assertThat(counting.connections.get()).isZero();
  }

  private static void assertCallersIdentity(Connection callers) throws SQLException {
    try (Statement s = callers.createStatement();
         ResultSet rs = s.executeQuery("select current_user, current_setting('request.jwt.claims', true),"
             + " current_setting('request.jwt.claim.sub', true)")) {
      rs.next();
      assertThat(rs.getString(1)).as("the caller's role again").isEqualTo(RegistryDatabase.APP_ROLE);
      assertThat(rs.getString(2)).as("the caller's claims again").isEqualTo("{\"sub\":\"caller\"}");
      assertThat(rs.getString(3)).as("the caller's older claim setting again").isEqualTo("legacy-caller");
    }
  }

  private static void assertOneRoundTrip(String what) {
    assertThat(counting.roundTrips.get()).as(what + ": round trips").isEqualTo(1);
    assertThat(counting.connections.get()).as(what + ": connections").isEqualTo(1);
    counting.reset();
  }
}
