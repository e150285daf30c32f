package io.moduleregistry.codegen.maven;

import io.moduleregistry.codegen.typescript.TypeScriptOptions;
import io.moduleregistry.schema.MigrationNaming;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Target;
import org.jspecify.annotations.Nullable;

/** Turns the goal's parameters into what {@link io.moduleregistry.codegen.RegistryCodegen} takes. */
final class MojoSettings {

  /** Libraries whose info lines would drown the generator's few progress lines in Maven's log. */
  private static final String[] CHATTY = {"io.zonky", "org.flywaydb", "org.jooq"};

  /**
   * Flyway logs through java.util.logging inside Maven (it finds no SLF4J provider of its own);
   * held here because java.util.logging keeps its loggers only weakly.
   */
  private static final Logger FLYWAY_JUL = Logger.getLogger("org.flywaydb");

  /**
   * Flyway's "Migration of schema ... failed! Changes successfully rolled back." (SEVERE), which
   * would stand before the goal's own report of the same failure (file, line, message); the
   * database is a throwaway one, so nothing of that line is lost.
   */
  private static final Logger FLYWAY_MIGRATE_JUL = Logger.getLogger("org.flywaydb.core.internal.command.DbMigrate");

  private MojoSettings() {}

  /** Parses {@code flyway} or {@code supabase}, in any case. */
  static MigrationNaming naming(String name) {
    try {
      return MigrationNaming.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("<migrationNaming>" + name + "</migrationNaming> names no naming style;"
          + " use flyway (V1__name.sql) or supabase (YYYYMMDDHHMMSS_name.sql)", e);
    }
  }

  /**
   * The TypeScript options of the goal's parameters: Supabase's defaults, with the schemas named
   * (none: {@code public}) and the opt-in extras.
   *
   * @throws IllegalArgumentException if a schema name is blank
   */
  static TypeScriptOptions typescript(@Nullable List<String> schemas, boolean jsDoc, boolean checkUnions) {
    TypeScriptOptions options = TypeScriptOptions.defaults();
    if (schemas != null && !schemas.isEmpty()) {
      if (schemas.stream().anyMatch(schema -> schema == null || schema.isBlank())) {
        throw new IllegalArgumentException("<typescriptSchemas> names a blank schema: " + schemas
            + "; name each, e.g. <typescriptSchema>public</typescriptSchema>");
      }
      options = options.withSchemas(schemas.stream().map(String::trim).toList());
    }
    return options.withJsDocComments(jsDoc).withCheckConstraintUnions(checkUnions);
  }

  /** The generator with a relative target folder taken from the project's folder, as jOOQ's plugin does. */
  static Generator targetFrom(Generator generator, Path basedir) {
    Target target = generator.getTarget();
    String directory = target == null ? null : target.getDirectory();
    if (directory != null && !directory.equals(new Target().getDirectory()) && !Path.of(directory).isAbsolute()) {
      target.setDirectory(basedir.resolve(directory).normalize().toString());
    }
    return generator;
  }

  /**
   * Sends the libraries' info lines (zonky's initdb output, Flyway's per-migration lines) below
   * Maven's threshold, unless the user set their levels ({@code -Dorg.slf4j.simpleLogger.log.io.zonky=info}).
   * JVM-wide, so written only where absent and atomically ({@code putIfAbsent} on the synchronized
   * system properties): parallel executions of the goal ({@code threadSafe}) all write the same value.
   */
  static void quietLibraries() {
    for (String logger : CHATTY) {
      System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log." + logger, "warn");
    }
    if (FLYWAY_JUL.getLevel() == null) {
      FLYWAY_JUL.setLevel(Level.WARNING);
    }
    if (FLYWAY_MIGRATE_JUL.getLevel() == null) {
      FLYWAY_MIGRATE_JUL.setLevel(Level.OFF);
    }
  }
}
