package io.moduleregistry.bench;

import io.moduleregistry.testkit.RegistryDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * pgbench, PostgreSQL's C client, sending what the facade sends for {@code isEnabled}: the scope
 * and the query as one multi-statement string ({@code \;}), as the app role, with the same number
 * of clients as JMH threads. Its transactions per second are the server's own limit here. Ids are
 * computed with md5() in SQL, as pgbench cannot carry the Java side's list of ids.
 */
final class Pgbench {

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

  private final RegistryDatabase db;
  private final URI url;
  private final DataSet set;

  Pgbench(RegistryDatabase db, String jdbcUrl, DataSet set) {
    this.db = db;
    this.url = URI.create(jdbcUrl.substring("jdbc:".length()));
    this.set = set;
  }

  static Optional<Path> executable() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "pgbench");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static Optional<String> version() {
    return executable().map(p -> {
      try {
        Process proc = new ProcessBuilder(p.toString(), "--version").redirectErrorStream(true).start();
        return new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      } catch (IOException e) {
        return "unknown";
      }
    });
  }

  /**
   * Transactions per second per client count for the facade's SQL, scope and query in one string;
   * pgbench can send that only with the simple protocol (it refuses multi-statement strings in
   * extended or prepared mode), so the server parses and plans both on every transaction. Empty
   * where pgbench is not installed.
   */
  Map<Integer, Double> runScoped(int[] clients, int seconds) throws IOException, InterruptedException {
    return run(clients, seconds, "simple", RegistryDatabase.APP_ROLE, db.appPassword(),
        "select set_config('role', 'authenticated', true), set_config('request.jwt.claims',"
            + " '{\"sub\":\"' || md5('user-' || (:k + " + 2 * set.orgs() + "))::uuid || '\",\"role\":\"authenticated\"}', true) \\;");
  }

  /**
   * The query alone, prepared, as the owner (no scope, no RLS): the most this server does for
   * this check here, for context.
   */
  Map<Integer, Double> runQueryAlone(int[] clients, int seconds) throws IOException, InterruptedException {
    return run(clients, seconds, "prepared", db.ownerUser(), db.ownerPassword(), null);
  }

  private Map<Integer, Double> run(int[] clients, int seconds, String protocol, String user, String password,
      String scope) throws IOException, InterruptedException {
    Map<Integer, Double> tps = new LinkedHashMap<>();
    Optional<Path> pgbench = executable();
    if (pgbench.isEmpty()) {
      System.out.println("pgbench is not installed: its columns stay empty (apt-get install postgresql-client).");
      return tps;
    }
    Path script = Files.createTempFile("registry-isenabled", ".sql");
    Files.writeString(script, String.join("\n",
        "\\set k random(1, " + set.orgs() + ")",
        "\\set m random(1, " + DataSet.MODULES + ")",
        scope == null ? "" : scope,
        "select exists (select 1 from public.org_modules om join public.modules m on m.id = om.module_id"
            + " where om.org_id = md5('org-' || :k)::uuid and om.module_id = 'module-' || :m and om.enabled and m.is_active);",
        ""));
    for (int c : clients) {
      ProcessBuilder pb = new ProcessBuilder(pgbench.get().toString(), "-n", "-M", protocol, "-f", script.toString(),
          "-c", Integer.toString(c), "-j", Integer.toString(c), "-T", Integer.toString(seconds),
          "-h", url.getHost(), "-p", Integer.toString(url.getPort()), "-U", user,
          url.getPath().substring(1)).redirectErrorStream(true);
      pb.environment().put("PGPASSWORD", password);
      Process proc = pb.start();
      String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (proc.waitFor() != 0) {
        throw new IllegalStateException("pgbench failed:\n" + output);
      }
      Matcher m = TPS.matcher(output);
      if (!m.find()) {
        throw new IllegalStateException("no tps in pgbench's output:\n" + output);
      }
      tps.put(c, Double.parseDouble(m.group(1)));
    }
    return tps;
  }
}
