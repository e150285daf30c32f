package io.moduleregistry.codegen;

import io.moduleregistry.codegen.settings.SettingsGenerator;
import io.moduleregistry.codegen.typescript.TypeScriptGenerator;
import io.moduleregistry.codegen.typescript.TypeScriptOptions;
import io.moduleregistry.postgres.ServerSettings;
import io.moduleregistry.schema.MigrationNaming;
import io.moduleregistry.schema.RegistrySchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.Constants;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates Module Registry's jOOQ classes: starts a database (embedded by default; see {@link
 * ServerSettings}), applies the migrations with {@link RegistrySchema},
 * and runs jOOQ's {@link GenerationTool} on schema {@code public}; on request, from the same
 * database in the same run, it also writes the TypeScript {@code Database} types with {@link
 * TypeScriptGenerator} ({@link Builder#typescript(Path)}); and, with no database, typed module
 * settings from the module manifests ({@link Builder#settings}, {@link SettingsGenerator}).
 *
 * <p>Skips all of it when nothing that feeds it changed: a SHA-256 per output is kept in {@value
 * #HASH_FILE} inside the output folder, the jOOQ classes' over the migrations, the generator settings,
 * the jOOQ version and this package's code, the TypeScript types' over the migrations, {@link
 * TypeScriptGenerator#fingerprint the generator's version and options} and its package's code, the
 * settings types' over the manifests, their package and the settings generator's code; when all
 * match and the generated files are there, no database starts and no file is touched, and where
 * only some match, only the others are written (the settings types need no database). {@code
 * -Dregistry.codegen.force=true} regenerates anyway. Output is deterministic: no dates or versions
 * in the files, so two runs over the same schema write the same bytes.
 *
 * <p>Types: {@code jsonb} as Jackson {@code JsonNode} (jOOQ's Jackson converter), {@code
 * timestamptz} as {@code OffsetDateTime}, {@code uuid} as {@code UUID}.
 *
 * <pre>{@code
 * CodegenResult result = RegistryCodegen.builder(Path.of("target/generated-sources/jooq")).build().run();
 * }</pre>
 *
 * <p>Services that use the registry generate their own classes the same way, through {@code
 * registry-codegen-maven-plugin}: the registry's migrations, then the service's own ({@link
 * Builder#serviceMigrations}), with their jOOQ {@link Builder#generator generator configuration}
 * laid over these defaults.
 */
public final class RegistryCodegen {

  /** Package of the generated classes unless the builder names another. */
  public static final String DEFAULT_PACKAGE = "io.moduleregistry.db";

  /** File in the output folder that records the hash of the inputs of the last generation. */
  public static final String HASH_FILE = ".registry-codegen.sha256";

  /**
   * Class written beside the jOOQ classes with the versions of the registry's migrations, for
   * registry-api's {@code verifySchema()}; only where {@link Builder#migrationsClass(boolean)} asks.
   */
  public static final String MIGRATIONS_CLASS = "RegistryMigrations";

  /** System property that forces regeneration when {@code true}. */
  public static final String FORCE_PROPERTY = "registry.codegen.force";

  private static final Logger LOG = LoggerFactory.getLogger(RegistryCodegen.class);

  private final Path outputDirectory;
  private final String packageName;
  private final List<String> extraMigrations;
  private final boolean force;
  private final ServerSettings server;
  private final Generator userGenerator;
  private final ServiceMigrations service;
  private final String toolVersion;
  private final Path typescriptFile;
  private final TypeScriptOptions typescriptOptions;
  private final boolean migrationsClass;
  private final Path settingsManifests;
  private final String settingsPackage;
  private final Path settingsJava;
  private final Path settingsTypescript;

  private RegistryCodegen(Builder b) {
    this.userGenerator = b.generator; // a copy already; merging copies it again
    this.outputDirectory = GeneratorMerge.directory(userGenerator, b.outputDirectory).toAbsolutePath().normalize();
    this.packageName = GeneratorMerge.packageName(userGenerator, b.packageName);
    this.extraMigrations = List.copyOf(b.extraMigrations);
    this.force = b.force;
    this.server = b.server;
    this.service = b.serviceFolders.isEmpty() ? null
        : new ServiceMigrations(b.serviceNaming, b.serviceHistoryTable, b.serviceFolders);
    this.toolVersion = b.toolVersion;
    this.typescriptFile = b.typescriptFile == null ? null : b.typescriptFile.toAbsolutePath().normalize();
    this.typescriptOptions = b.typescriptOptions;
    this.migrationsClass = b.migrationsClass;
    this.settingsManifests = b.settingsManifests == null ? null : b.settingsManifests.toAbsolutePath().normalize();
    this.settingsPackage = b.settingsPackage != null ? b.settingsPackage : packageName + ".settings";
    this.settingsJava = b.settingsJava == null ? null : b.settingsJava.toAbsolutePath().normalize();
    this.settingsTypescript = b.settingsTypescript == null ? null : b.settingsTypescript.toAbsolutePath().normalize();
  }

  /**
   * Command line: {@code RegistryCodegen <output directory> [--typescript <file>] [extra migration
   * location ...]}, as registry-api's build runs it (with {@value #MIGRATIONS_CLASS}). Throws rather
   * than exiting, so it can run inside the Maven JVM.
   *
   * @param args the output folder, optionally {@code --typescript} and the TypeScript file to
   *     write, then optional extra Flyway locations
   * @throws IllegalArgumentException if the output folder is missing or {@code --typescript} has no file
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      throw new IllegalArgumentException(
          "usage: RegistryCodegen <output directory> [--typescript <file>] [extra migration location ...]");
    }
    Builder builder = builder(Path.of(args[0])).migrationsClass(true);
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--typescript")) {
        if (++i == args.length) {
          throw new IllegalArgumentException("--typescript needs the file to write, e.g. target/database.ts");
        }
        builder.typescript(Path.of(args[i]));
      } else {
        builder.extraMigrations(args[i]);
      }
    }
    builder.build().run();
  }

  /**
   * A builder writing into the given folder (a source root such as {@code
   * target/generated-sources/jooq}).
   *
   * @param outputDirectory where the generated sources go
   * @return a builder with the defaults
   */
  public static Builder builder(Path outputDirectory) {
    return new Builder(outputDirectory);
  }

  /** Options for {@link RegistryCodegen}; every one has a default. */
  public static final class Builder {
    private final Path outputDirectory;
    private String packageName = DEFAULT_PACKAGE;
    private final List<String> extraMigrations = new ArrayList<>();
    private boolean force = Boolean.getBoolean(FORCE_PROPERTY);
    private ServerSettings server;
    private Generator generator;
    private MigrationNaming serviceNaming = MigrationNaming.FLYWAY;
    private String serviceHistoryTable = RegistrySchema.SERVICE_HISTORY_TABLE;
    private final List<Path> serviceFolders = new ArrayList<>();
    private String toolVersion;
    private Path typescriptFile;
    private TypeScriptOptions typescriptOptions = TypeScriptOptions.defaults();
    private boolean migrationsClass;
    private Path settingsManifests;
    private String settingsPackage;
    private Path settingsJava;
    private Path settingsTypescript;

    private Builder(Path outputDirectory) {
      this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    /**
     * Package of the generated classes (default {@value #DEFAULT_PACKAGE}).
     *
     * @param packageName a Java package name
     * @return this builder
     */
    public Builder packageName(String packageName) {
      if (!Objects.requireNonNull(packageName, "packageName").matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
        throw new IllegalArgumentException("not a Java package name: '" + packageName + "'");
      }
      this.packageName = packageName;
      return this;
    }

    /**
     * Further migrations to apply after the registry's (Flyway location: {@code classpath:...} or
     * {@code filesystem:...}); they count towards the up-to-date hash.
     *
     * @param locations locations to add
     * @return this builder
     */
    public Builder extraMigrations(String... locations) {
      for (String location : locations) {
        extraMigrations.add(Objects.requireNonNull(location, "location"));
      }
      return this;
    }

    /**
     * Regenerate even when the recorded hash matches (default: system property {@value
     * #FORCE_PROPERTY}, else {@code false}).
     *
     * @param force whether to ignore the recorded hash
     * @return this builder
     */
    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    /**
     * Which PostgreSQL server to generate on (default: {@link ServerSettings#fromSystemProperties()},
     * which reads {@code registry.db}, {@code registry.db.url} and friends, and is embedded when
     * none is set). A fresh database is created there and dropped afterwards.
     *
     * @param server the server
     * @return this builder
     */
    public Builder server(ServerSettings server) {
      this.server = Objects.requireNonNull(server, "server");
      return this;
    }

    /**
     * jOOQ's generator configuration, in the shape jOOQ's own Maven plugin takes it, laid over the
     * defaults: what it sets wins (its target folder and package too), what it leaves out keeps
     * the default, and its forced types are tried before the default {@code jsonb} one. A value
     * set to jOOQ's own default counts as not set. It goes into the up-to-date hash.
     *
     * @param generator the caller's configuration; it is copied, not kept
     * @return this builder
     */
    public Builder generator(Generator generator) {
      this.generator = GeneratorMerge.copy(Objects.requireNonNull(generator, "generator"));
      return this;
    }

    /**
     * A service's own migration folders, applied after the registry's (and after {@link
     * #extraMigrations}) with a Flyway history table of their own, {@link #serviceHistoryTable},
     * in schema {@code public}; subfolders are read too. They count towards the up-to-date hash. A
     * folder that does not exist fails {@link RegistryCodegen#run()} with a {@link
     * CodegenException}: create it or drop it from the list.
     *
     * @param naming how the files are named ({@link MigrationNaming#FLYWAY} or {@link
     *     MigrationNaming#SUPABASE})
     * @param folders the folders, in any order (Flyway orders the files by version)
     * @return this builder
     */
    public Builder serviceMigrations(MigrationNaming naming, Path... folders) {
      this.serviceNaming = Objects.requireNonNull(naming, "naming");
      for (Path folder : folders) {
        serviceFolders.add(Objects.requireNonNull(folder, "folder"));
      }
      return this;
    }

    /**
     * The Flyway history table of the service's migrations (default {@value
     * RegistrySchema#SERVICE_HISTORY_TABLE}, in {@code public}); it is left out of the generated classes
     * unless the generator configuration names its own excludes.
     *
     * @param table a plain lower-case SQL identifier
     * @return this builder
     * @throws IllegalArgumentException if it is not one: use letters, digits and {@code _}
     */
    public Builder serviceHistoryTable(String table) {
      if (!Objects.requireNonNull(table, "table").matches("[a-z_][a-z0-9_]{0,62}")) {
        throw new IllegalArgumentException("not a plain lower-case table name: '" + table + "'");
      }
      this.serviceHistoryTable = table;
      return this;
    }

    /**
     * Names the tool that runs the generator and its version (e.g. a build plugin's); it goes into
     * the up-to-date hash, so a new version of the tool regenerates.
     *
     * @param toolVersion free text, such as {@code registry-codegen-maven-plugin 0.1.0}
     * @return this builder
     */
    public Builder toolVersion(String toolVersion) {
      this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
      return this;
    }

    /**
     * Also writes the TypeScript {@code Database} types, from the same migrated database in the
     * same run, to this file (default: none). The file counts as an output of the up-to-date check.
     *
     * @param file the {@code database.ts} to write
     * @return this builder
     */
    public Builder typescript(Path file) {
      this.typescriptFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * What the TypeScript types cover (default {@link TypeScriptOptions#defaults()}: schema {@code
     * public}, identical to Supabase's generator); part of the up-to-date hash.
     *
     * @param options schemas and opt-in extras
     * @return this builder
     */
    public Builder typescriptOptions(TypeScriptOptions options) {
      this.typescriptOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Also writes {@value #MIGRATIONS_CLASS} (the registry migrations' versions) beside the jOOQ
     * classes (default {@code false}). Only registry-api's own build needs it, for {@code
     * verifySchema()}; a service's generated sources must not carry a copy that could shadow
     * registry-api's. Part of the up-to-date hash.
     *
     * @param write whether to write it
     * @return this builder
     */
    public Builder migrationsClass(boolean write) {
      this.migrationsClass = write;
      return this;
    }

    /**
     * Also writes typed module settings (default: none): from every {@code *.json} module manifest
     * of {@code manifests} whose {@code settings.schema} is set, a Java record per module (see {@link
     * SettingsGenerator} for the mapping) under the source root {@code javaDirectory}. The manifests
     * and the package are part of the up-to-date check; no database is needed for them, so when
     * only they changed, only they are written. Invalid manifests fail {@link RegistryCodegen#run()}
     * before any database starts, with a {@link CodegenException} naming each file and member.
     *
     * @param manifests the folder of module manifests (e.g. {@code
     *     src/main/resources/module-registry/modules}, where {@code ModuleManifests} reads them)
     * @param javaPackage the records' package; {@code null} for {@link #packageName the jOOQ
     *     package} + {@code .settings}
     * @param javaDirectory the source root to write the records under; {@code null} for no Java
     *     (TypeScript only, see {@link #settingsTypescript})
     * @return this builder
     * @throws IllegalArgumentException if {@code javaPackage} is not a Java package name
     */
    public Builder settings(Path manifests, String javaPackage, Path javaDirectory) {
      this.settingsManifests = Objects.requireNonNull(manifests, "manifests");
      if (javaPackage != null) {
        SettingsGenerator.generate(Map.of(), javaPackage); // checks the name: nothing else to generate
      }
      this.settingsPackage = javaPackage;
      this.settingsJava = javaDirectory;
      return this;
    }

    /**
     * Where to write the settings' TypeScript types ({@value SettingsGenerator#TYPESCRIPT_FILE},
     * {@code ModuleSettings['time-tracking']}); needs {@link #settings}. Default: none.
     *
     * @param file the file to write
     * @return this builder
     */
    public Builder settingsTypescript(Path file) {
      this.settingsTypescript = Objects.requireNonNull(file, "file");
      return this;
    }

    /** Builds the generator; nothing runs until {@link RegistryCodegen#run()}. */
    public RegistryCodegen build() {
      if (settingsTypescript != null && settingsManifests == null) {
        throw new IllegalArgumentException("settingsTypescript needs settings(manifests, ...): the folder of the"
            + " module manifests to read");
      }
      return new RegistryCodegen(this);
    }
  }

  /**
   * Generates, or skips when up to date.
   *
   * @return what was done
   * @throws CodegenException naming the migration, line and PostgreSQL's message when a migration
   *     fails, or the server (password hidden) when it cannot be reached
   */
  public CodegenResult run() {
    long started = System.nanoTime();
    Configuration settings = settings();
    // Two outputs, two hashes: each covers the migrations and its own generator's settings, version
    // and code, so a change to one generator regenerates only its own output.
    String jooqHash = migrationInputs()
        .addText("generator", settings.toString())
        .addText("jooq", Constants.FULL_VERSION + (migrationsClass ? ";" + MIGRATIONS_CLASS : ""))
        .addCode(RegistryCodegen.class)
        .hex();
    String typescriptHash = typescriptFile == null ? null : migrationInputs()
        .addText("typescript", TypeScriptGenerator.fingerprint(typescriptOptions))
        .addCode(TypeScriptGenerator.class)
        .hex();
    // read first: invalid manifests fail the build before any database starts
    Map<String, String> manifests = settingsManifests == null ? null : SettingsGenerator.readManifests(settingsManifests);
    String settingsHash = manifests == null ? null : settingsHash(manifests);
    String inputHash = (typescriptHash == null ? jooqHash : jooqHash + "+" + typescriptHash)
        + (settingsHash == null ? "" : "+" + settingsHash);
    Path hashFile = outputDirectory.resolve(HASH_FILE);
    List<String> recorded = readHashes(hashFile);
    int existing = javaFiles();

    boolean jooqStale = force || existing == 0 || !jooqHash.equals(recorded.get(0));
    boolean typescriptStale = typescriptFile != null
        && (force || !Files.isRegularFile(typescriptFile) || !typescriptHash.equals(recorded.get(1)));
    boolean settingsStale = settingsHash != null && (force || !settingsHash.equals(recorded.get(2))
        || settingsTypescript != null && !Files.isRegularFile(settingsTypescript)
        || settingsJava != null && !Files.isDirectory(settingsJava.resolve(settingsPackage.replace('.', '/')))
        // jOOQ cleans its folder when it regenerates: records written inside it are written again
        || jooqStale && settingsJava != null && settingsJava.startsWith(outputDirectory));
    if (!jooqStale && !typescriptStale && !settingsStale) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      LOG.info("jOOQ classes{} up to date ({} files, inputs {}): generation skipped in {} ms{}",
          typescriptFile == null ? "" : " and TypeScript types", existing, inputHash.substring(0, 12),
          elapsed.toMillis(), settingsHash == null ? "" : " (settings types up to date too)");
      return new CodegenResult(false, inputHash, 0, existing, elapsed);
    }
    deleteQuietly(hashFile); // a failed run must not leave a matching hash behind
    // generated (and so checked) before any database starts; written after jOOQ, which cleans its folder
    SettingsGenerator.Output settingsOutput = settingsStale
        ? SettingsGenerator.generate(manifests, settingsPackage) : null;
    if (!jooqStale && !typescriptStale) {
      writeSettings(settingsOutput);
      write(hashFile, jooqHash + "\n" + (typescriptHash == null ? "" : typescriptHash) + "\n" + settingsHash + "\n");
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      LOG.info("jOOQ classes{} up to date ({} files): only the settings types were written, in {} ms",
          typescriptFile == null ? "" : " and TypeScript types", existing, elapsed.toMillis());
      return new CodegenResult(true, inputHash, 0, existing, elapsed);
    }

    if (jooqStale) {
      LOG.info("Generating jOOQ classes into {} ({})", outputDirectory,
          force ? "forced" : existing == 0 ? "no previous output" : "inputs changed");
    } else {
      LOG.info("jOOQ classes up to date ({} files); generating the TypeScript types only ({})", existing,
          !Files.isRegularFile(typescriptFile) ? typescriptFile.getFileName() + " missing" : "inputs changed");
    }
    int migrations;
    long typescriptNanos = 0;
    try (MigratedDatabase db = MigratedDatabase.start(server, extraMigrations, service)) {
      migrations = db.migrations();
      if (jooqStale) {
        generate(db.dataSource(), settings);
      }
      if (typescriptStale) {
        long before = System.nanoTime();
        writeTypeScript(db.dataSource());
        typescriptNanos = System.nanoTime() - before;
      }
    }
    if (jooqStale && migrationsClass) {
      writeMigrationsClass();
    }
    if (settingsOutput != null) {
      writeSettings(settingsOutput);
    }
    int files = javaFiles();
    write(hashFile, jooqHash + "\n" + (typescriptHash == null ? "" : typescriptHash) + "\n"
        + (settingsHash == null ? "" : settingsHash + "\n"));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    LOG.info("Generated {}{} from {} migrations in {} ms", jooqStale ? files + " files" : "no jOOQ classes (up to date)",
        !typescriptStale ? "" : " and " + typescriptFile.getFileName() + " (TypeScript: "
            + typescriptNanos / 1_000_000 + " ms)", migrations, elapsed.toMillis());
    return new CodegenResult(true, inputHash, migrations, files, elapsed);
  }

  /** The settings types' inputs: the manifests (name and text), the package, the generator's code and the tool. */
  private String settingsHash(Map<String, String> manifests) {
    InputHash hash = new InputHash();
    manifests.forEach(hash::addText);
    hash.addText("settings", SettingsGenerator.fingerprint(settingsPackage) + ";java=" + (settingsJava != null)
        + ";typescript=" + (settingsTypescript != null));
    if (toolVersion != null) {
      hash.addText("tool", toolVersion);
    }
    return hash.addCode(SettingsGenerator.class).hex();
  }

  private void writeSettings(SettingsGenerator.Output output) {
    long before = System.nanoTime();
    SettingsGenerator.write(output, settingsPackage, settingsJava, settingsTypescript);
    LOG.info("Generated the settings types of {} module manifests in {}: {} records{} in {} ms", output.modules(),
        settingsManifests, settingsJava == null ? 0 : output.javaFiles().size(),
        settingsTypescript == null ? "" : " and " + settingsTypescript.getFileName(),
        (System.nanoTime() - before) / 1_000_000);
  }

  /** The inputs both outputs share: every migration applied, and the tool that runs the generator. */
  private InputHash migrationInputs() {
    InputHash hash = new InputHash().addLocation("classpath:" + RegistrySchema.LOCATION);
    for (String location : extraMigrations) {
      hash.addLocation(location);
    }
    if (service != null) {
      service.addTo(hash);
    }
    if (toolVersion != null) {
      hash.addText("tool", toolVersion);
    }
    return hash;
  }

  private void writeTypeScript(DataSource owner) {
    try (Connection connection = owner.getConnection()) {
      write(typescriptFile, TypeScriptGenerator.generate(connection, typescriptOptions));
    } catch (SQLException e) {
      throw new CodegenException("could not connect to write the TypeScript types: " + e.getMessage(), e);
    }
  }

  private void generate(DataSource owner, Configuration settings) {
    try (Connection connection = owner.getConnection()) {
      GenerationTool tool = new GenerationTool();
      tool.setConnection(connection);
      tool.run(settings);
    } catch (SQLException e) {
      throw new CodegenException("jOOQ could not read the migrated schema: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new CodegenException("jOOQ's generator failed: " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@value #MIGRATIONS_CLASS} beside the jOOQ classes: the versions of the registry
   * migrations they were generated from, so that {@code ModuleRegistry.verifySchema()} knows them
   * with no Flyway (and no migration files) at run time.
   */
  private void writeMigrationsClass() {
    StringBuilder versions = new StringBuilder();
    for (var migration : RegistrySchema.migrations()) {
      versions.append(versions.length() == 0 ? "" : ",\n").append("      \"").append(migration.version()).append('"');
    }
    write(outputDirectory.resolve(packageName.replace('.', '/')).resolve(MIGRATIONS_CLASS + ".java"),
        "package " + packageName + ";\n\n"
        + "/** The Module Registry migrations these classes were generated from (generated, do not edit). */\n"
        + "public final class " + MIGRATIONS_CLASS + " {\n\n"
        + "  private " + MIGRATIONS_CLASS + "() {}\n\n"
        + "  /** Their versions, oldest first. */\n"
        + "  public static final java.util.List<String> VERSIONS = java.util.List.of(\n" + versions + ");\n"
        + "}\n");
  }

  /**
   * Where the sources go: the builder's folder, or the target folder of the {@link
   * Builder#generator generator configuration} where that names one.
   *
   * @return the absolute output folder, the source root to compile
   */
  public Path outputDirectory() {
    return outputDirectory;
  }

  /** The generator settings; everything here goes into the hash, so no run-specific values. */
  private Configuration settings() {
    // JVM-wide: only where absent (a user's -D wins), atomically, the same value from every concurrent run
    System.getProperties().putIfAbsent("org.jooq.no-logo", "true");
    System.getProperties().putIfAbsent("org.jooq.no-tips", "true");
    Generator generator = GeneratorMerge.over(userGenerator, new Generator()
            .withName("org.jooq.codegen.JavaGenerator")
            .withDatabase(new Database()
                .withName("org.jooq.meta.postgres.PostgresDatabase")
                .withInputSchema("public")
                .withIncludes(".*")
                .withExcludes(service == null || service.historyTable().equals(RegistrySchema.HISTORY_TABLE)
                    ? RegistrySchema.HISTORY_TABLE : RegistrySchema.HISTORY_TABLE + "|" + service.historyTable())
                .withIncludeRoutines(true)
                .withIncludeTables(true)
                .withForcedTypes(new ForcedType()
                    .withUserType("com.fasterxml.jackson.databind.JsonNode")
                    .withJsonConverter(true)
                    .withIncludeTypes("JSONB")))
            .withGenerate(new Generate()
                .withGeneratedAnnotation(false)
                .withGeneratedAnnotationDate(false)
                .withGeneratedAnnotationJooqVersion(false)
                .withJavaTimeTypes(true)
                .withRecords(true)
                .withKeys(true)
                .withIndexes(true)
                .withRoutines(true)
                .withPojos(false)
                .withDaos(false)
                .withFluentSetters(true)
                .withJavadoc(true)
                .withComments(true))
            .withTarget(new Target()
                .withPackageName(packageName)
                .withDirectory(outputDirectory.toString())
                .withEncoding("UTF-8")
                .withClean(true)));
    generator.getTarget().withDirectory(outputDirectory.toString()).withPackageName(packageName);
    return new Configuration().withLogging(Logging.WARN).withGenerator(generator);
  }

  private int javaFiles() {
    Path packageDir = outputDirectory.resolve(packageName.replace('.', '/'));
    if (!Files.isDirectory(packageDir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(packageDir)) {
      return (int) files.filter(p -> p.toString().endsWith(".java")).count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + packageDir, e);
    }
  }

  /**
   * The recorded hashes: the jOOQ classes', the TypeScript types', the settings types' ({@code ""}
   * where none is recorded).
   */
  private static List<String> readHashes(Path file) {
    List<String> hashes = new ArrayList<>();
    try {
      if (Files.isRegularFile(file)) {
        hashes.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      hashes.clear(); // unreadable: regenerate
    }
    while (hashes.size() < 3) {
      hashes.add("");
    }
    return hashes;
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.debug("could not delete {}", file, e);
    }
  }
}
