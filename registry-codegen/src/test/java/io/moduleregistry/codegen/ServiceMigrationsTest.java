package io.moduleregistry.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.schema.MigrationNaming;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's own migrations and generator configuration on top of the registry's. */
class ServiceMigrationsTest {

  @TempDir
  Path temp;

  @Test
  void serviceTablesAreGeneratedWithTheCallersSettingsWinningAndASecondRunSkips() throws Exception {
    Generator mine = new Generator()
        .withDatabase(new Database().withForcedTypes(new ForcedType()
            .withName("JSONB").withIncludeExpression("projects\\.details")))
        .withTarget(new Target().withPackageName("com.example.db").withDirectory(temp.resolve("out").toString()));
    RegistryCodegen codegen = RegistryCodegen.builder(temp.resolve("ignored"))
        .generator(mine)
        .serviceMigrations(MigrationNaming.FLYWAY, folder("db/codegen-test/service-flyway"))
        .toolVersion("test 1")
        .build();

    CodegenResult first = codegen.run();

    assertThat(codegen.outputDirectory()).isEqualTo(temp.resolve("out"));
    assertThat(first.migrations()).isEqualTo(io.moduleregistry.schema.RegistrySchema.migrations().size() + 2);
    Path pkg = temp.resolve("out/com/example/db");
    String projects = Files.readString(pkg.resolve("tables/Projects.java"));
    assertThat(projects)
        .as("the caller's forced type is tried before the default jsonb one")
        .contains("TableField<ProjectsRecord, JSONB> DETAILS")
        .contains("TableField<ProjectsRecord, ProjectStatus> STATUS")
        .contains("TableField<ProjectsRecord, String> NOTES");
    assertThat(Files.readString(pkg.resolve("tables/OrgModules.java"))).contains("JsonNode> SETTINGS");
    assertThat(pkg.resolve("enums/ProjectStatus.java")).exists();
    assertThat(pkg.resolve("tables/FlywaySchemaHistory.java")).doesNotExist();
    assertThat(pkg.resolve(RegistryCodegen.MIGRATIONS_CLASS + ".java"))
        .as("registry-api's own list of migration versions is not shipped into a service's sources").doesNotExist();
    assertThat(temp.resolve("ignored")).doesNotExist();

    CodegenResult second = RegistryCodegen.builder(temp.resolve("ignored")).generator(mine)
        .serviceMigrations(MigrationNaming.FLYWAY, folder("db/codegen-test/service-flyway"))
        .toolVersion("test 1").build().run();
    assertThat(second.generated()).isFalse();
    assertThat(second.inputHash()).isEqualTo(first.inputHash());
  }

  @Test
  void aBrokenSupabaseNamedServiceMigrationFailsNamingTheFileTheLineAndPostgresMessage() {
    assertThatThrownBy(() -> RegistryCodegen.builder(temp.resolve("jooq"))
        .serviceMigrations(MigrationNaming.SUPABASE, folder("db/codegen-test/service-supabase-broken"))
        .build().run())
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("20250702000000_broken_service_migration.sql")
        .hasMessageFindingMatch("Line\\s*: 3")
        .hasMessageContaining("syntax error");
  }

  @Test
  void aMissingServiceFolderFailsBeforeAnyDatabaseStarts() {
    Path missing = temp.resolve("no-such-folder");
    assertThatThrownBy(() -> RegistryCodegen.builder(temp.resolve("jooq"))
        .serviceMigrations(MigrationNaming.FLYWAY, missing).build().run())
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }

  private static Path folder(String resource) throws URISyntaxException, IOException {
    return Path.of(ServiceMigrationsTest.class.getClassLoader().getResource(resource).toURI());
  }
}
