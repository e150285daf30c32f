package com.example.projects;

import static com.example.projects.db.Tables.MODULES;
import static com.example.projects.db.Tables.ORGANIZATIONS;
import static com.example.projects.db.Tables.ORG_MODULES;
import static com.example.projects.db.Tables.PROJECTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.example.projects.db.enums.ProjectStatus;
import io.moduleregistry.postgres.FreshDatabase;
import io.moduleregistry.postgres.PostgresServer;
import io.moduleregistry.postgres.ServerSettings;
import io.moduleregistry.schema.AppliedMigrations;
import io.moduleregistry.schema.MigrationNaming;
import io.moduleregistry.schema.RegistrySchema;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class ProjectsTest {

  @Test
  void aProjectUnderAnInstalledModuleIsWrittenAndReadThroughTheGeneratedClasses() throws Exception {
    try (PostgresServer server = PostgresServer.start(ServerSettings.fromSystemProperties());
         FreshDatabase db = FreshDatabase.create(server, "sample")) {
      // The registry's migrations, then ours with a history table of their own, as the plugin does
      // (README: migrating a real database).
      AppliedMigrations applied = RegistrySchema.migrateWithService(db.dataSource(), MigrationNaming.FLYWAY,
          "classpath:db/migration");
      assertEquals(2, applied.service());

      try (Connection connection = db.dataSource().getConnection()) {
        DSLContext sql = DSL.using(connection, SQLDialect.POSTGRES);
        UUID org = sql.insertInto(ORGANIZATIONS).set(ORGANIZATIONS.NAME, "Acme")
            .returning(ORGANIZATIONS.ID).fetchOne().getId();
        sql.insertInto(MODULES).set(MODULES.ID, "time-tracking").set(MODULES.NAME, "Time tracking").execute();
        UUID installation = sql.insertInto(ORG_MODULES).set(ORG_MODULES.ORG_ID, org)
            .set(ORG_MODULES.MODULE_ID, "time-tracking").returning(ORG_MODULES.ID).fetchOne().getId();
        sql.insertInto(PROJECTS).set(PROJECTS.ORG_ID, org).set(PROJECTS.ORG_MODULE_ID, installation)
            .set(PROJECTS.NAME, "Launch").execute();

        Record3<String, ProjectStatus, Instant> row = sql
            .select(ORG_MODULES.MODULE_ID, PROJECTS.STATUS, PROJECTS.CREATED_AT)
            .from(PROJECTS).join(ORG_MODULES).on(ORG_MODULES.ID.eq(PROJECTS.ORG_MODULE_ID))
            .where(PROJECTS.ORG_ID.eq(org)).fetchOne();
        assertEquals("time-tracking", row.value1());
        assertEquals(ProjectStatus.active, row.value2());
        assertNotNull(row.value3());

        // RLS: a signed-in user who is no member of the organization sees none of its projects.
        int visible = sql.transactionResult(tx -> {
          DSLContext user = tx.dsl();
          user.execute("select set_config('role', 'authenticated', true),"
              + " set_config('request.jwt.claims', {0}, true)", DSL.val("{\"sub\":\"" + UUID.randomUUID() + "\"}"));
          return user.fetchCount(PROJECTS);
        });
        assertEquals(0, visible);
      }
    }
  }
}
