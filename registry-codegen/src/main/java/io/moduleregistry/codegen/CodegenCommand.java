package io.moduleregistry.codegen;

import io.moduleregistry.codegen.settings.SettingsGenerator;
import io.moduleregistry.codegen.typescript.TypeScriptGenerator;
import io.moduleregistry.codegen.typescript.TypeScriptOptions;
import io.moduleregistry.postgres.ServerSettings;
import io.moduleregistry.schema.MigrationNaming;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The command line of {@code registry-codegen-<version>-cli.jar}:
 *
 * <pre>
 * java -jar registry-codegen-VERSION-cli.jar typescript --db-url JDBC_URL --user U --password P [--schema S]... --out FILE
 * java -jar registry-codegen-VERSION-cli.jar typescript --migrations DIR[,DIR] [--schema S]... --out FILE
 * java -jar registry-codegen-VERSION-cli.jar settings --manifests DIR --package P [--java-out DIR] [--typescript-out FILE]
 * </pre>
 *
 * <p>The first writes the TypeScript types of a live database (Supabase included); the second
 * migrates a fresh embedded PostgreSQL with the registry's migrations and then the given folders'
 * (file-name order) and writes its types. Without {@code --password}, the {@code PGPASSWORD}
 * environment variable is used, so the password need not appear in the shell's history. {@code
 * --schema} may repeat (default {@code public});
 * {@code --out -} prints to standard output. Opt-in extras: {@code --jsdoc} (comments as JSDoc),
 * {@code --check-unions} (CHECK ... IN (...) as literal unions). Exit status 0 on success, 1 on
 * failure (the reason on standard error), 2 on a usage error.
 *
 * <p>{@code settings} writes typed module settings from the module manifests of a folder (no
 * database): a Java record per module with a settings schema, in package {@code P} under the source
 * root {@code --java-out}, and the TypeScript {@code ModuleSettings} to {@code --typescript-out}
 * ({@code -} prints it); at least one of the two. Invalid manifests fail with status 1, each
 * problem named with its file and member. See {@link SettingsGenerator}.
 */
public final class CodegenCommand {

  private static final String USAGE = """
      usage:
        typescript --db-url <jdbc-url> [--user <user>] [--password <password> (else $PGPASSWORD)] [--schema <name>]... --out <file>
        typescript --migrations <dir>[,<dir>] [--schema <name>]... --out <file>
        settings --manifests <dir> --package <java package> [--java-out <source root>] [--typescript-out <file>]
      options: --jsdoc (table and column comments as JSDoc), --check-unions (CHECK (col IN (...)) as literal
               unions), --no-one-to-one (leave out isOneToOne), --postgrest-version <v> (the
               __InternalSupabase header); --out - prints to standard output""";

  /** History table of the given folders' migrations while they run; dropped before the types are read. */
  static final String HISTORY_TABLE = "registry_codegen_history";

  private CodegenCommand() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command without exiting.
   *
   * @param args the command line
   * @param out where {@code --out -} prints
   * @param err where errors and usage go
   * @return 0 on success, 1 on failure, 2 on a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("settings")) {
      return settings(args, out, err);
    }
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      String types = a.migrations().isEmpty() ? fromLiveDatabase(a) : fromMigrations(a);
      if (a.out().equals("-")) {
        out.print(types);
        out.flush();
      } else {
        Path file = Path.of(a.out()).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, types, StandardCharsets.UTF_8);
        err.println("wrote " + file);
      }
      return 0;
    } catch (CodegenException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("error: cannot write " + a.out() + ": " + e.getMessage());
      return 1;
    }
  }

  /** The {@code settings} command. */
  private static int settings(String[] args, PrintStream out, PrintStream err) {
    String manifests = null;
    String javaPackage = null;
    String javaOut = null;
    String typescriptOut = null;
    try {
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--manifests" -> manifests = Arguments.value(args, ++i, arg);
          case "--package" -> javaPackage = Arguments.value(args, ++i, arg);
          case "--java-out" -> javaOut = Arguments.value(args, ++i, arg);
          case "--typescript-out" -> typescriptOut = Arguments.value(args, ++i, arg);
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (manifests == null || javaPackage == null) {
        throw new IllegalArgumentException("settings needs --manifests and --package");
      }
      if (javaOut == null && typescriptOut == null) {
        throw new IllegalArgumentException("settings needs --java-out, --typescript-out or both");
      }
      SettingsGenerator.generate(java.util.Map.of(), javaPackage); // checks the package name
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      SettingsGenerator.Output output = SettingsGenerator.generate(
          SettingsGenerator.readManifests(Path.of(manifests)), javaPackage);
      boolean print = "-".equals(typescriptOut);
      Path typescript = typescriptOut == null || print ? null : Path.of(typescriptOut).toAbsolutePath();
      SettingsGenerator.write(output, javaPackage, javaOut == null ? null : Path.of(javaOut).toAbsolutePath(),
          typescript);
      if (print) {
        out.print(output.typescript());
        out.flush();
      }
      err.println("read " + output.modules() + " module manifests; wrote " + (javaOut == null ? 0
          : output.javaFiles().size()) + " records" + (typescript == null ? "" : " and " + typescript));
      return 0;
    } catch (CodegenException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (java.io.UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static String fromLiveDatabase(Arguments a) {
    Properties props = new Properties();
    if (a.user() != null) {
      props.setProperty("user", a.user());
    }
    if (a.password() != null) {
      props.setProperty("password", a.password());
    }
    props.setProperty("connectTimeout", "10");
    props.setProperty("loginTimeout", "15");
    props.setProperty("ApplicationName", "registry-codegen typescript");
    try (Connection connection = DriverManager.getConnection(a.dbUrl(), props)) {
      connection.setReadOnly(true);
      return TypeScriptGenerator.generate(connection, a.options());
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage()).replaceAll("\\.+$", "");
      String reason = a.password() == null || a.password().isEmpty() ? message : message.replace(a.password(), "***");
      throw new CodegenException("cannot connect to " + ServerSettings.redact(a.dbUrl())
          + (a.user() == null ? "" : " as " + a.user()) + ": " + reason
          + ". Check the URL, that the server is reachable from here, and the user and password.", e);
    }
  }

  private static String fromMigrations(Arguments a) {
    List<Path> folders = new ArrayList<>();
    for (String dir : a.migrations()) {
      Path folder = Path.of(dir).toAbsolutePath().normalize();
      if (!Files.isDirectory(folder)) {
        throw new CodegenException("migrations folder " + folder + " does not exist");
      }
      folders.add(folder);
    }
    ServiceMigrations service = new ServiceMigrations(MigrationNaming.SUPABASE, HISTORY_TABLE, folders);
    try (MigratedDatabase fresh = MigratedDatabase.start(null, List.of(), service);
        Connection connection = fresh.dataSource().getConnection()) {
      return TypeScriptGenerator.generate(connection, a.options());
    } catch (SQLException e) {
      throw new CodegenException("cannot connect to the migrated database: " + e.getMessage(), e);
    }
  }

  /** The parsed command line. */
  private record Arguments(String dbUrl, String user, String password, List<String> migrations, String out,
      TypeScriptOptions options) {

    static Arguments parse(String[] args) {
      if (args.length == 0 || !args[0].equals("typescript")) { // settings: see CodegenCommand.settings
        throw new IllegalArgumentException(args.length == 0 ? "no command given" : "unknown command " + args[0]);
      }
      String dbUrl = null;
      String user = null;
      String password = null;
      String out = null;
      List<String> migrations = new ArrayList<>();
      List<String> schemas = new ArrayList<>();
      TypeScriptOptions options = TypeScriptOptions.defaults();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--db-url" -> dbUrl = value(args, ++i, arg);
          case "--user" -> user = value(args, ++i, arg);
          case "--password" -> password = value(args, ++i, arg);
          case "--schema" -> schemas.add(value(args, ++i, arg));
          case "--out" -> out = value(args, ++i, arg);
          case "--migrations" -> {
            for (String dir : value(args, ++i, arg).split(",")) {
              if (!dir.isBlank()) {
                migrations.add(dir.strip());
              }
            }
          }
          case "--jsdoc" -> options = options.withJsDocComments(true);
          case "--check-unions" -> options = options.withCheckConstraintUnions(true);
          case "--no-one-to-one" -> options = options.withDetectOneToOne(false);
          case "--postgrest-version" -> options = options.withPostgrestVersion(value(args, ++i, arg));
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if ((dbUrl == null) == migrations.isEmpty()) {
        throw new IllegalArgumentException("give either --db-url or --migrations");
      }
      if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("--db-url must be a JDBC URL such as jdbc:postgresql://host:5432/postgres");
      }
      if (out == null) {
        throw new IllegalArgumentException("--out is required (a file, or - for standard output)");
      }
      if (!schemas.isEmpty()) {
        options = options.withSchemas(schemas);
      }
      if (password == null && dbUrl != null) {
        password = System.getenv("PGPASSWORD");
      }
      return new Arguments(dbUrl, user, password, List.copyOf(migrations), out, options);
    }

    static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
