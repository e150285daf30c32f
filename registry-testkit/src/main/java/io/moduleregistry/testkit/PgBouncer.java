package io.moduleregistry.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PgBouncer in transaction mode in front of a {@link RegistryDatabase}, for tests that must
 * prove the registry where production runs it: a port of its own, a configuration generated in a
 * temporary folder (clients authenticate with SCRAM against a generated user list holding the app
 * role {@value RegistryDatabase#APP_ROLE} and its password, which PgBouncer also uses to log in to
 * the server: the owner does not pass through it), and
 * stopped by {@link #close()}.
 *
 * <pre>{@code
 * Optional<Path> binary = PgBouncer.binary();          // empty where it is not installed: skip the test
 * try (PgBouncer bouncer = PgBouncer.start(db, 2)) {   // 2 server connections
 *   String url = bouncer.jdbcUrl();                    // add user registry_app and db.appPassword()
 * }
 * }</pre>
 *
 * <p>The binary is {@code -Dregistry.pgbouncer=/path/to/pgbouncer}, else {@code pgbouncer} on the
 * {@code PATH} or in {@code /usr/sbin} (Debian's package puts it there). PgBouncer refuses to run
 * as root; as root (CI containers) it is started under {@code unshare -U}, as zonky starts
 * PostgreSQL. Debian 12's PgBouncer is 1.18, which cannot keep protocol-level prepared statements in
 * transaction mode: URLs from {@link #jdbcUrl()} carry {@code prepareThreshold=0}. From 1.21 on,
 * {@code max_prepared_statements} lifts that.
 */
public final class PgBouncer implements AutoCloseable {

  /** System property naming the binary. */
  public static final String BINARY_PROPERTY = "registry.pgbouncer";

  private static final Logger LOG = LoggerFactory.getLogger(PgBouncer.class);

  private final Process process;
  private final Path folder;
  private final int port;
  private final String database;

  private PgBouncer(Process process, Path folder, int port, String database) {
    this.process = process;
    this.folder = folder;
    this.port = port;
    this.database = database;
  }

  /**
   * Where the PgBouncer binary is.
   *
   * @return its path, or empty where it is not installed (tests then skip, saying so)
   */
  public static Optional<Path> binary() {
    String named = System.getProperty(BINARY_PROPERTY, "").trim();
    if (!named.isEmpty()) {
      return Optional.of(Path.of(named)).filter(Files::isExecutable);
    }
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
    dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/usr/local/bin", "/usr/bin"));
    return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, "pgbouncer")).filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Starts PgBouncer in transaction mode in front of the database, with {@code serverConnections}
   * server connections per user and database, and waits until it accepts connections.
   *
   * @param db the database to pool
   * @param serverConnections PgBouncer's {@code default_pool_size}
   * @return the running PgBouncer; close it
   * @throws IllegalStateException if PgBouncer is not installed ({@link #binary()} tells first), or
   *     it does not start, quoting its log
   */
  public static PgBouncer start(RegistryDatabase db, int serverConnections) {
    Path binary = binary().orElseThrow(() -> new IllegalStateException(
        "PgBouncer is not installed (apt-get install pgbouncer, or -D" + BINARY_PROPERTY + "=/path/to/pgbouncer)"));
    for (int attempt = 1; ; attempt++) {
      try {
        return launch(binary, db, serverConnections);
      } catch (IllegalStateException e) {
        // the free port found was taken by another process before PgBouncer bound it: try another
        if (attempt == 3 || !String.valueOf(e.getMessage()).contains("Address already in use")) {
          throw e;
        }
        LOG.info("PgBouncer's port was taken before it bound it; trying another");
      }
    }
  }

  private static PgBouncer launch(Path binary, RegistryDatabase db, int serverConnections) {
    URI server = URI.create(db.jdbcUrl().substring("jdbc:".length()));
    try {
      Path folder = Files.createTempDirectory("registry-pgbouncer");
      int port = freePort();
      Files.writeString(folder.resolve("userlist.txt"),
          quote(RegistryDatabase.APP_ROLE) + " " + quote(db.appPassword()) + "\n", StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("pgbouncer.ini"), String.join("\n",
          "[databases]",
          db.databaseName() + " = host=" + server.getHost() + " port=" + server.getPort() + " dbname=" + db.databaseName(),
          "[pgbouncer]",
          "listen_addr = 127.0.0.1",
          "listen_port = " + port,
          "unix_socket_dir =",
          "auth_type = scram-sha-256",
          "auth_file = " + folder.resolve("userlist.txt"),
          "pool_mode = transaction",
          "default_pool_size = " + serverConnections,
          "min_pool_size = 0",
          "reserve_pool_size = 0",
          "max_client_conn = 500",
          // pgjdbc sends extra_float_digits at startup; PgBouncer 1.18 refuses unknown ones otherwise
          "ignore_startup_parameters = extra_float_digits,options",
          "logfile = " + folder.resolve("pgbouncer.log"),
          "pidfile = " + folder.resolve("pgbouncer.pid"),
          ""), StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>();
      if (isRoot()) {
        command.addAll(List.of("unshare", "-U")); // PgBouncer refuses root; as zonky does for PostgreSQL
      }
      command.add(binary.toString());
      command.add(folder.resolve("pgbouncer.ini").toString());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(folder.resolve("stdout.txt").toFile()).start();
      PgBouncer bouncer = new PgBouncer(process, folder, port, db.databaseName());
      bouncer.awaitListening();
      LOG.info("PgBouncer (transaction mode, {} server connections) on 127.0.0.1:{} in front of {}", serverConnections,
          port, db.describe());
      return bouncer;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start PgBouncer: " + e.getMessage(), e);
    }
  }

  /**
   * The JDBC URL of the pooled database through PgBouncer, with {@code prepareThreshold=0} (needed
   * with PgBouncer before 1.21 in transaction mode). No credentials in it.
   *
   * @return the URL
   */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?prepareThreshold=0";
  }

  /** The port PgBouncer listens on (127.0.0.1). */
  public int port() {
    return port;
  }

  /** Stops PgBouncer and removes its folder. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("could not remove {}: {}", folder, e.getMessage());
    }
  }

  private void awaitListening() throws IOException {
    for (int i = 0; i < 200; i++) {
      if (!process.isAlive()) {
        String log = log();
        close();
        throw new IllegalStateException("PgBouncer exited at start (code " + process.exitValue() + "): " + log);
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    close();
    throw new IllegalStateException("PgBouncer did not listen on port " + port + ": " + log());
  }

  private String log() throws IOException {
    StringBuilder text = new StringBuilder();
    for (String name : List.of("stdout.txt", "pgbouncer.log")) {
      Path file = folder.resolve(name);
      if (Files.exists(file)) {
        text.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return text.toString().trim();
  }

  private static String quote(String value) {
    return '"' + Objects.requireNonNull(value).replace("\"", "\"\"") + '"';
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
