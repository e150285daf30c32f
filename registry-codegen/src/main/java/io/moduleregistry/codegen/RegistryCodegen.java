package io.moduleregistry.codegen;

import io.moduleregistry.schema.RegistrySchema;
import io.moduleregistry.testkit.RegistryDatabase;
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
import java.util.Objects;
import java.util.stream.Stream;
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
 * io.moduleregistry.testkit.DatabaseProvider}), applies the migrations with {@link RegistrySchema},
 * and runs jOOQ's {@link GenerationTool} on schema {@code public}; on request, from the same
 * database in the same run, it also writes the TypeScript {@code Database} types with {@link
 * TypeScriptGenerator} ({@link Builder#typescript(Path)}).
 *
 * <p>Skips all of it when nothing that feeds it changed: a SHA-256 of the migrations, the generator
 * settings, the jOOQ version, and the TypeScript settings and generator code is kept in {@value #HASH_FILE} inside the
 * output folder; when it matches and both outputs are there, no database starts and no file is
 * touched. {@code
 * -Dregistry.codegen.force=true} regenerates anyway. Output is deterministic: no dates or versions
 * in the files, so two runs over the same schema write the same bytes.
 *
 * <p>Types: {@code jsonb} as Jackson {@code JsonNode} (jOOQ's Jackson converter), {@code
 * timestamptz} as {@code OffsetDateTime}, {@code uuid} as {@code UUID}.
 *
 * <pre>{@code
 * CodegenResult result = RegistryCodegen.builder(Path.of("target/generated-sources/jooq")).build().run();
 * }</pre>
 */
public final class RegistryCodegen {

  /** Package of the generated classes unless the builder names another. */
  public static final String DEFAULT_PACKAGE = "io.moduleregistry.db";

  /** File in the output folder that records the hash of the inputs of the last generation. */
  public static final String HASH_FILE = ".registry-codegen.sha256";

  /** System property that forces regeneration when {@code true}. */
  public static final String FORCE_PROPERTY = "registry.codegen.force";

  private static final Logger LOG = LoggerFactory.getLogger(RegistryCodegen.class);

  private final Path outputDirectory;
  private final String packageName;
  private final List<String> extraMigrations;
  private final boolean force;
  private final RegistryDatabase.Builder database;
  private final Path typescriptFile;
  private final TypeScriptOptions typescriptOptions;

  private RegistryCodegen(Builder b) {
    this.outputDirectory = b.outputDirectory.toAbsolutePath().normalize();
    this.packageName = b.packageName;
    this.extraMigrations = List.copyOf(b.extraMigrations);
    this.force = b.force;
    this.database = b.database;
    this.typescriptFile = b.typescriptFile == null ? null : b.typescriptFile.toAbsolutePath().normalize();
    this.typescriptOptions = b.typescriptOptions;
  }

  /**
   * Command line: {@code RegistryCodegen <output directory> [--typescript <file>] [extra migration
   * location ...]}. Throws rather than exiting, so it can run inside the Maven JVM.
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
    Builder builder = builder(Path.of(args[0]));
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
    private RegistryDatabase.Builder database = RegistryDatabase.builder();
    private Path typescriptFile;
    private TypeScriptOptions typescriptOptions = TypeScriptOptions.defaults();

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
     * Where the database comes from (default: {@link RegistryDatabase#builder()}, which reads
     * {@code registry.db}, {@code registry.db.url} and friends). Migrations are applied by the
     * generator itself.
     *
     * @param database a testkit builder
     * @return this builder
     */
    public Builder database(RegistryDatabase.Builder database) {
      this.database = Objects.requireNonNull(database, "database");
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

    /** Builds the generator; nothing runs until {@link RegistryCodegen#run()}. */
    public RegistryCodegen build() {
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
    InputHash hash = new InputHash()
        .addLocation("classpath:" + RegistrySchema.LOCATION)
        .addText("generator", settings.toString())
        .addText("jooq", Constants.FULL_VERSION);
    if (typescriptFile != null) {
      hash.addText("typescript", TypeScriptGenerator.VERSION + ";" + typescriptOptions.fingerprint())
          .addCode(TypeScriptGenerator.class);
    }
    for (String location : extraMigrations) {
      hash.addLocation(location);
    }
    String inputHash = hash.hex();
    Path hashFile = outputDirectory.resolve(HASH_FILE);
    int existing = javaFiles();

    boolean typescriptPresent = typescriptFile == null || Files.isRegularFile(typescriptFile);
    if (!force && existing > 0 && typescriptPresent && inputHash.equals(readHash(hashFile))) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      LOG.info("jOOQ classes{} up to date ({} files, inputs {}): generation skipped in {} ms",
          typescriptFile == null ? "" : " and TypeScript types", existing, inputHash.substring(0, 12),
          elapsed.toMillis());
      return new CodegenResult(false, inputHash, 0, existing, elapsed);
    }

    LOG.info("Generating jOOQ classes into {} ({})", outputDirectory,
        force ? "forced" : existing == 0 ? "no previous output" : "inputs changed");
    deleteQuietly(hashFile); // a failed run must not leave a matching hash behind
    int migrations;
    long typescriptNanos = 0;
    try (MigratedDatabase.Started fresh = MigratedDatabase.start(database, extraMigrations)) {
      migrations = fresh.migrations();
      generate(fresh.database(), settings);
      if (typescriptFile != null) {
        long before = System.nanoTime();
        writeTypeScript(fresh.database());
        typescriptNanos = System.nanoTime() - before;
      }
    }
    int files = javaFiles();
    write(hashFile, inputHash + "\n");
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    LOG.info("Generated {} files{} from {} migrations in {} ms", files,
        typescriptFile == null ? "" : " and " + typescriptFile.getFileName() + " (TypeScript: "
            + typescriptNanos / 1_000_000 + " ms)", migrations, elapsed.toMillis());
    return new CodegenResult(true, inputHash, migrations, files, elapsed);
  }

  private void writeTypeScript(RegistryDatabase db) {
    try (Connection connection = db.ownerDataSource().getConnection()) {
      write(typescriptFile, TypeScriptGenerator.generate(connection, typescriptOptions));
    } catch (SQLException e) {
      throw new CodegenException("could not connect to write the TypeScript types: " + e.getMessage(), e);
    }
  }

  private void generate(RegistryDatabase db, Configuration settings) {
    try (Connection connection = db.ownerDataSource().getConnection()) {
      GenerationTool tool = new GenerationTool();
      tool.setConnection(connection);
      tool.run(settings);
    } catch (SQLException e) {
      throw new CodegenException("jOOQ could not read the migrated schema: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new CodegenException("jOOQ's generator failed: " + e.getMessage(), e);
    }
  }

  /** The generator settings; everything here goes into the hash, so no run-specific values. */
  private Configuration settings() {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    return new Configuration()
        .withLogging(Logging.WARN)
        .withGenerator(new Generator()
            .withName("org.jooq.codegen.JavaGenerator")
            .withDatabase(new Database()
                .withName("org.jooq.meta.postgres.PostgresDatabase")
                .withInputSchema("public")
                .withIncludes(".*")
                .withExcludes("flyway_schema_history")
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

  private static String readHash(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : null;
    } catch (IOException e) {
      return null;
    }
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
