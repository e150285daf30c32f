package io.moduleregistry.codegen.maven;

import io.moduleregistry.codegen.CodegenException;
import io.moduleregistry.codegen.RegistryCodegen;
import io.moduleregistry.schema.RegistrySchema;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.flywaydb.core.api.FlywayException;
import org.jooq.meta.jaxb.Generator;

/**
 * Generates jOOQ classes for a service's whole schema: the Module Registry's migrations (from the
 * {@code registry-schema} jar this plugin depends on), then the service's own, applied to a fresh
 * embedded PostgreSQL (no Docker), then jOOQ's generator. A thin layer over {@link RegistryCodegen}:
 * the same generator, defaults and up-to-date hash that build the registry's own classes.
 *
 * <p>It also writes typed module settings: a Java record per module manifest ({@code *.json} in
 * {@link #settingsManifests}) with a settings schema, and optionally their TypeScript types ({@link
 * #settingsTypescriptOutput}); see {@code SettingsGenerator} for the mapping.
 *
 * <p>When nothing that feeds it changed (the migrations, the manifests, this configuration, this
 * plugin's and jOOQ's versions), no database starts and no file is touched; when only the manifests
 * changed, only the settings types are written, with no database; {@code
 * -Dregistry.codegen.force=true} regenerates anyway. The output folders are added to the compile
 * source roots either way.
 *
 * <p>Failures: a migration that fails stops the build with a {@link MojoFailureException} naming
 * the file, the line and PostgreSQL's message (fix the migration); a missing migration folder or a
 * bad parameter is a {@link MojoFailureException} naming it (fix the configuration); a database
 * that cannot be had (embedded start failed, {@code -Dregistry.db.url} unreachable) or a failing
 * jOOQ generator or an output folder that cannot be written is a {@link MojoExecutionException}
 * with the cause (fix the environment, or use another server with {@code -Dregistry.db.url}).
 *
 * <p>Thread-safe in a parallel build ({@code -T}): each execution has its own fresh database and
 * output folder, and the only JVM-wide state it touches, a few logger levels and jOOQ's banner
 * switches (system properties), is written only where absent, atomically, with the same constant
 * value from every execution ({@code MojoSettings.quietLibraries}, {@code RegistryCodegen}), so
 * concurrent executions neither disturb each other nor override a user's {@code -D}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  /** Package of the generated classes unless {@code <generator><target><packageName>} names one (jOOQ's default). */
  static final String DEFAULT_PACKAGE = "org.jooq.generated";

  /** Creates the mojo; Maven sets the parameters. */
  public GenerateMojo() {}

  /**
   * jOOQ's generator configuration, as jOOQ's own Maven plugin takes it ({@code <database>},
   * {@code <generate>}, {@code <target>}, forced types...), laid over the defaults: schema {@code
   * public}, Flyway history tables excluded, {@code jsonb} as Jackson {@code JsonNode}, records,
   * keys, indexes and routines, package {@code org.jooq.generated}, folder {@code
   * ${project.build.directory}/generated-sources/registry-jooq}. What it sets wins; a value equal
   * to jOOQ's own default counts as not set. A relative target folder is taken from the project's
   * folder.
   */
  @Parameter
  private Generator generator;

  /**
   * The service's migration folders, applied after the registry's (subfolders included). Default:
   * {@code src/main/resources/db/migration} when it exists, else none (only the registry's schema
   * is generated). A folder named here that does not exist fails the build.
   */
  @Parameter
  private List<File> migrations;

  /**
   * How the service's migrations are named: {@code flyway} ({@code V1__create_projects.sql}) or
   * {@code supabase} ({@code 20250101120000_create_projects.sql}).
   */
  @Parameter(property = "registry.codegen.migrationNaming", defaultValue = "flyway")
  private String migrationNaming;

  /**
   * The Flyway history table of the service's migrations, in schema {@code public}; the
   * registry's own history lives apart in {@code module_registry}, so the two never mix.
   */
  @Parameter(property = "registry.codegen.historyTable", defaultValue = RegistrySchema.SERVICE_HISTORY_TABLE)
  private String historyTable;

  /**
   * Where to write the TypeScript {@code Database} types of the same migrated database, exactly as
   * Supabase's generator prints them for the {@link #typescriptSchemas} (default: none). Part of
   * the up-to-date check, as are the options below.
   */
  @Parameter(property = "registry.codegen.typescriptOutput")
  private File typescriptOutput;

  /**
   * The schemas the TypeScript types cover, as {@code supabase gen types typescript --schema a
   * --schema b} (default: {@code public}). A schema that does not exist fails the build, naming it.
   */
  @Parameter
  private List<String> typescriptSchemas;

  /**
   * Opt-in: table and column comments ({@code comment on}) as JSDoc above their members (the output
   * then differs from Supabase's). The command line's {@code --jsdoc}.
   */
  @Parameter(property = "registry.codegen.typescriptJsDoc", defaultValue = "false")
  private boolean typescriptJsDoc;

  /**
   * Opt-in: a text column limited by {@code CHECK (col IN ('a', 'b'))} typed {@code "a" | "b"}
   * instead of {@code string} (the output then differs from Supabase's). The command line's {@code
   * --check-unions}.
   */
  @Parameter(property = "registry.codegen.typescriptCheckUnions", defaultValue = "false")
  private boolean typescriptCheckUnions;

  /**
   * The folder of module manifests ({@code *.json}) whose settings schemas become Java records and
   * TypeScript types. Default: {@code src/main/resources/module-registry/modules}, where {@code
   * io.moduleregistry.ModuleManifests} reads them from the class path, when it exists (else no
   * settings types). A folder named here that does not exist fails the build; an invalid manifest
   * fails it before any database starts, naming the file and the member.
   */
  @Parameter(property = "registry.codegen.settingsManifests")
  private File settingsManifests;

  /**
   * The package of the settings records ({@code time-tracking} → {@code TimeTrackingSettings}).
   * Default: the jOOQ classes' package followed by {@code .settings}.
   */
  @Parameter(property = "registry.codegen.settingsPackage")
  private String settingsPackage;

  /** The source root the settings records are written under; added to the compile source roots. */
  @Parameter(property = "registry.codegen.settingsOutput",
      defaultValue = "${project.build.directory}/generated-sources/registry-settings")
  private File settingsOutput;

  /**
   * Where to write the settings' TypeScript types ({@code module-settings.ts}: {@code
   * ModuleSettings['time-tracking']}, usable with supabase-js beside the {@code Database} types).
   * Default: none.
   */
  @Parameter(property = "registry.codegen.settingsTypescriptOutput")
  private File settingsTypescriptOutput;

  /** Regenerate even when the recorded hash of the inputs matches. */
  @Parameter(property = RegistryCodegen.FORCE_PROPERTY, defaultValue = "false")
  private boolean force;

  /** Skip the goal altogether (the output folder is not registered either). */
  @Parameter(property = "registry.codegen.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /**
   * Generates, or skips when up to date, and registers the output as a compile source root.
   *
   * @throws MojoFailureException when a migration fails (file, line and PostgreSQL's message), a
   *     migration folder is missing, or a parameter is invalid
   * @throws MojoExecutionException when no database can be had, jOOQ's generator fails, or the
   *     output folder cannot be written
   */
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("registry-codegen: skipped (registry.codegen.skip)");
      return;
    }
    MojoSettings.quietLibraries();
    RegistryCodegen codegen;
    Path settingsFolder;
    try {
      RegistryCodegen.Builder builder = RegistryCodegen.builder(folder(project.getBuild().getDirectory())
              .resolve("generated-sources/registry-jooq"))
          .packageName(DEFAULT_PACKAGE)
          .serviceMigrations(MojoSettings.naming(migrationNaming), migrationFolders().toArray(Path[]::new))
          .serviceHistoryTable(historyTable)
          .toolVersion(plugin.getArtifactId() + " " + plugin.getVersion())
          .force(force);
      if (generator != null) {
        builder.generator(MojoSettings.targetFrom(generator, project.getBasedir().toPath()));
      }
      if (typescriptOutput != null) {
        builder.typescript(typescriptOutput.toPath())
            .typescriptOptions(MojoSettings.typescript(typescriptSchemas, typescriptJsDoc, typescriptCheckUnions));
      }
      settingsFolder = settingsFolder();
      if (settingsFolder != null) {
        builder.settings(settingsFolder, settingsPackage, settingsOutput.toPath());
        if (settingsTypescriptOutput != null) {
          builder.settingsTypescript(settingsTypescriptOutput.toPath());
        }
      }
      codegen = builder.build();
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("registry-codegen: " + e.getMessage(), e);
    }
    try {
      codegen.run();
    } catch (CodegenException e) {
      if (e.getCause() == null || e.getCause() instanceof FlywayException) {
        // no cause: Maven would append every cause's message, Flyway's long one repeating ours
        throw new MojoFailureException(e.getMessage());
      }
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (RuntimeException e) { // an output folder that cannot be written, and the like
      throw new MojoExecutionException("registry-codegen failed: " + e, e);
    }
    project.addCompileSourceRoot(codegen.outputDirectory().toString());
    if (settingsFolder != null) {
      project.addCompileSourceRoot(settingsOutput.getAbsolutePath());
    }
  }

  /** The manifests folder: the one named (it must exist), else the conventional one where it exists. */
  private Path settingsFolder() throws MojoFailureException {
    if (settingsManifests != null) {
      if (!settingsManifests.isDirectory()) {
        throw new MojoFailureException("registry-codegen: settingsManifests " + settingsManifests
            + " does not exist: create it, or drop the parameter");
      }
      return settingsManifests.toPath();
    }
    Path conventional = folder("src/main/resources/module-registry/modules");
    if (Files.isDirectory(conventional)) {
      return conventional;
    }
    if (settingsTypescriptOutput != null) {
      throw new MojoFailureException("registry-codegen: settingsTypescriptOutput needs module manifests, but "
          + conventional + " does not exist: create it, or name the folder with <settingsManifests>");
    }
    return null;
  }

  private List<Path> migrationFolders() {
    if (migrations != null && !migrations.isEmpty()) {
      return migrations.stream().map(File::toPath).toList();
    }
    Path conventional = folder("src/main/resources/db/migration");
    if (Files.isDirectory(conventional)) {
      return List.of(conventional);
    }
    getLog().info("registry-codegen: no service migrations (" + conventional + " does not exist);"
        + " generating the registry's schema only");
    return List.of();
  }

  /** A path of the project: absolute as it is, relative to the project's folder. */
  private Path folder(String path) {
    return project.getBasedir().toPath().resolve(path);
  }
}
