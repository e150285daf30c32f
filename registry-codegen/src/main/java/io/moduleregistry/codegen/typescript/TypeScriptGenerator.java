package io.moduleregistry.codegen.typescript;

import io.moduleregistry.codegen.CodegenException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the TypeScript {@code Database} types of a live PostgreSQL database, identical to what
 * Supabase's generator ({@code supabase gen types typescript}, i.e. {@code @supabase/postgres-meta}
 * 0.99.0 with one-to-one detection) prints for it, without Docker or Node.js: it reads {@code
 * pg_catalog} over the given connection and lays the file out as the reference formats it (oxfmt,
 * which follows prettier's rules).
 *
 * <pre>{@code
 * String ts = TypeScriptGenerator.generate(connection, TypeScriptOptions.defaults());
 * }</pre>
 *
 * <p>It only reads, and sees what the connected role may see (as PostgREST does). The text ends
 * with a blank line, as the Supabase CLI's standard output does.
 */
public final class TypeScriptGenerator {

  /**
   * Which output this generator reproduces: Supabase's {@code @supabase/postgres-meta} release.
   * Part of the up-to-date hash, so a generator change regenerates.
   */
  public static final String VERSION = "postgres-meta-0.99.0+1";

  private static final Logger LOG = LoggerFactory.getLogger(TypeScriptGenerator.class);

  private TypeScriptGenerator() {}

  /**
   * What decides this generator's output besides the database: its {@link #VERSION} and every
   * option. {@code RegistryCodegen} hashes it, with this package's compiled code, apart from the
   * jOOQ pipeline's inputs, so that a change to either regenerates only its own output.
   *
   * @param options the options the types are written with
   * @return a stable text, equal for equal inputs
   */
  public static String fingerprint(TypeScriptOptions options) {
    return VERSION + ";" + Objects.requireNonNull(options, "options").fingerprint();
  }

  /**
   * Generates the {@code database.ts} text.
   *
   * @param connection an open connection to the database; left open
   * @param options which schemas, and opt-in extras
   * @return the file's text
   * @throws CodegenException if a schema asked for does not exist or the role cannot use it (the
   *     message lists the schemas that can be generated; fix the name or grant usage), or if the
   *     catalog cannot be read (the message carries PostgreSQL's)
   */
  public static String generate(Connection connection, TypeScriptOptions options) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(options, "options");
    long started = System.nanoTime();
    Catalog catalog;
    try {
      catalog = new CatalogReader(connection, options.schemas()).read();
    } catch (SQLException e) {
      throw new CodegenException("cannot read the database catalog for the TypeScript types: " + e.getMessage(), e);
    }
    List<String> missing = new ArrayList<>(options.schemas());
    missing.removeAll(catalog.schemas());
    if (!missing.isEmpty()) {
      throw new CodegenException("schema " + String.join(", ", missing) + " not found, or the role cannot use it;"
          + " schemas this role can generate: " + visibleSchemas(connection)
          + ". Fix --schema, or grant usage on the schema.");
    }
    String text = new DatabaseTypes(catalog, options).render() + "\n";
    LOG.info("TypeScript types of schema(s) {} written in {} ms ({} relations, {} functions)",
        String.join(", ", catalog.schemas()), (System.nanoTime() - started) / 1_000_000,
        catalog.relations().size(), catalog.functions().size());
    return text;
  }

  private static String visibleSchemas(Connection connection) {
    try {
      return String.join(", ", CatalogReader.query(connection, """
          select n.nspname from pg_catalog.pg_namespace n
           where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
             and (pg_catalog.pg_has_role(n.nspowner, 'USAGE') or pg_catalog.has_schema_privilege(n.oid, 'USAGE'))
           order by 1
          """, new String[0], rs -> rs.getString(1)));
    } catch (SQLException e) {
      return "(could not list them: " + e.getMessage() + ")";
    }
  }
}
