package com.example.projects;

import static com.example.projects.db.Tables.NOTES;
import static com.example.projects.db.Tables.ORG_MODULES;
import static com.example.projects.db.Tables.PROJECTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.projects.db.enums.ProjectStatus;
import com.example.projects.settings.ProjectsSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.moduleregistry.AccessDeniedException;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.UserScope;
import io.moduleregistry.schema.AppliedMigrations;
import io.moduleregistry.schema.MigrationNaming;
import io.moduleregistry.schema.RegistrySchema;
import io.moduleregistry.testkit.Fixtures;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service's own tables, migrated after the registry's with the README's call, queried through
 * the classes the plugin generated as the registry's callers: the service's own RLS policies decide
 * what the organization's owner, a member and a stranger see and change. The README's consumer
 * section is this project (verify.groovy compares them).
 */
class ProjectsTest {

  private static RegistryDatabase db;
  private static ModuleRegistry registry;
  private static Tenant acme;
  private static UUID stranger;

  @BeforeAll
  static void migrateTheRegistryThenOurs() {
    db = RegistryDatabase.builder().migrate(false).start();
    DataSource ownerDataSource = db.ownerDataSource();
    // readme:migrate:start
    // or MigrationNaming.SUPABASE, "filesystem:supabase/migrations"
    AppliedMigrations applied = RegistrySchema.migrateWithService(ownerDataSource,
        MigrationNaming.FLYWAY, "classpath:db/migration");
    // readme:migrate:end
    assertEquals(3, applied.service(), "V1__projects, V2__billing, V3__notes");

    registry = ModuleRegistry.create(db.appDataSource());
    Fixtures fixtures = db.fixtures();
    acme = fixtures.tenant("Acme");
    stranger = fixtures.user();
    fixtures.module("time-tracking", "Time tracking");
    fixtures.install(acme.orgId(), "time-tracking");
    fixtures.module("projects", "Projects"); // the module of src/main/resources/module-registry/modules
    fixtures.install(acme.orgId(), "projects");
  }

  @AfterAll
  static void close() {
    if (registry != null) {
      registry.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aProjectUnderAnInstalledModuleIsWrittenByItsOwnerAndReadByMembersOnly() {
    UserScope owner = registry.asUser(acme.owner());
    UUID installation = owner.fetch(DSL.select(ORG_MODULES.ID).from(ORG_MODULES)
        .where(ORG_MODULES.ORG_ID.eq(acme.orgId()), ORG_MODULES.MODULE_ID.eq("time-tracking"))).get(0).value1();
    assertEquals(1, owner.execute(DSL.insertInto(PROJECTS).set(PROJECTS.ORG_ID, acme.orgId())
        .set(PROJECTS.ORG_MODULE_ID, installation).set(PROJECTS.NAME, "Launch")));

    // A member reads it, joined to the registry's table, with the generated enum and Instant.
    Result<Record3<String, ProjectStatus, Instant>> rows = registry.asUser(acme.member()).fetch(DSL
        .select(ORG_MODULES.MODULE_ID, PROJECTS.STATUS, PROJECTS.CREATED_AT)
        .from(PROJECTS).join(ORG_MODULES).on(ORG_MODULES.ID.eq(PROJECTS.ORG_MODULE_ID))
        .where(PROJECTS.ORG_ID.eq(acme.orgId())));
    assertEquals(1, rows.size());
    assertEquals("time-tracking", rows.get(0).value1());
    assertEquals(ProjectStatus.active, rows.get(0).value2());
    assertNotNull(rows.get(0).value3());

    // A member may not add one (projects_insert: owners and admins); nothing is written.
    assertThrows(AccessDeniedException.class, () -> registry.asUser(acme.member()).execute(DSL.insertInto(PROJECTS)
        .set(PROJECTS.ORG_ID, acme.orgId()).set(PROJECTS.ORG_MODULE_ID, installation).set(PROJECTS.NAME, "Mine")));
    // A stranger sees none of the organization's projects, and may not add one either.
    UserScope outsider = registry.asUser(stranger);
    assertEquals(0, outsider.fetch(DSL.selectFrom(PROJECTS)).size());
    assertThrows(AccessDeniedException.class, () -> outsider.execute(DSL.insertInto(PROJECTS)
        .set(PROJECTS.ORG_ID, acme.orgId()).set(PROJECTS.ORG_MODULE_ID, installation).set(PROJECTS.NAME, "Theirs")));

    // The service sees every row (service_role bypasses RLS): still the owner's one project.
    assertEquals(List.of("Launch"), registry.asService().fetch(DSL.select(PROJECTS.NAME).from(PROJECTS))
        .getValues(PROJECTS.NAME));
  }

  @Test
  void theReadmeSnippetRunsAsWrittenUnderOurOwnPolicies() {
    assertEquals(1L, readmeSnippet(registry, acme.owner(), acme.orgId()));
    assertThrows(AccessDeniedException.class, () -> readmeSnippet(registry, acme.member(), acme.orgId()),
        "a member may not insert a note");
    assertEquals(List.of("hello"), registry.asUser(acme.member()).fetch(DSL.select(NOTES.BODY).from(NOTES))
        .getValues(NOTES.BODY), "a member reads the owner's note");
    assertEquals(0, registry.asUser(stranger).fetch(DSL.select(NOTES.BODY).from(NOTES)).size(),
        "a stranger sees no note");
    assertThrows(AccessDeniedException.class, () -> readmeSnippet(registry, stranger, acme.orgId()),
        "a stranger may not insert a note");
  }

  @Test
  void ourModulesSettingsAreTypedAndGoThroughTheDatabaseExactly() throws Exception {
    UUID orgId = acme.orgId();
    // readme:settings:start
    ProjectsSettings settings = new ProjectsSettings(ProjectsSettings.DefaultStatus.ACTIVE,
        new ProjectsSettings.Board(List.of("todo", "doing", "done"), 3), null);
    registry.asUser(acme.owner()).replaceSettings(orgId, "projects", settings);
    ProjectsSettings read = registry.asUser(acme.member()).settings(orgId, "projects", ProjectsSettings.class);
    // readme:settings:end
    assertEquals(settings, read, "the same record back");
    // the same JSON (jsonb orders members its own way; JSON equality does not care), absent stays absent
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode stored = registry.asService().settings(orgId, "projects", JsonNode.class);
    assertEquals(mapper.valueToTree(settings), stored);
    assertEquals(mapper.readTree("{\"defaultStatus\":\"active\",\"board\":{\"columns\":[\"todo\",\"doing\","
        + "\"done\"],\"wipLimit\":3}}"), stored);
    assertEquals(null, read.archiveAfterDays(), "an optional member left out is null");
  }

  /** The README's snippet ("Your own tables, queried as the caller"), as written. */
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
    assertTrue(notes.getValues(NOTES.BODY).contains("hello"));
    return kept;
  }
}
