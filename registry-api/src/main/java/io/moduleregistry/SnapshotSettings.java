package io.moduleregistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Turns on the in-process snapshot of {@code isEnabled} (see {@link
 * ModuleRegistry.Builder#snapshot(SnapshotSettings)}): answers from memory, exactly what the
 * uncached call answers under RLS, refreshed when the database says something changed.
 *
 * <pre>{@code
 * ModuleRegistry registry = ModuleRegistry.builder(hikariDataSource)
 *     .snapshot(SnapshotSettings.builder().maxEntries(200_000).build())
 *     .build();
 * }</pre>
 *
 * <p>Every setting has a default; {@link #defaults()} is the right choice for a HikariCP or
 * {@code PGSimpleDataSource} data source connecting straight to PostgreSQL or Supabase's direct port
 * (LISTEN on a connection of its own, outside the pool), and for one pointing at PgBouncer or
 * Supavisor in transaction mode (polling through the pool).
 */
public final class SnapshotSettings {

  /** How a snapshot learns that something changed. */
  public enum Refresh {
    /**
     * LISTEN where it works, else POLL; the log says which and why. LISTEN needs a connection
     * outside the pool: the one given with {@link Builder#listenConnection}, else one opened with
     * {@link DriverManager} from the JDBC URL, user and password of a HikariCP {@code
     * HikariDataSource} or a pgjdbc {@code PGSimpleDataSource}. It polls when no such connection
     * can be had, when the URL names a transaction-mode pooler ({@code prepareThreshold=0}, port
     * 6543, {@code pgbouncer=true}), or when a notification sent from another connection (one of the
     * pool's) does not reach the listener within 2 s. While listening, every {@link
     * Builder#heartbeat} the change counter is read through the pool; if it is ahead of what was
     * heard and stays so for another heartbeat, notifications are not arriving: the snapshot
     * answers from the database, logs it once, and polls from then on.
     */
    AUTO,
    /** LISTEN on a dedicated connection; building the registry fails if none can be had. */
    LISTEN,
    /** Poll {@code module_registry.last_change()} through the pool every {@link Builder#pollInterval}. */
    POLL
  }

  private final int maxEntries;
  private final Refresh refresh;
  private final Duration pollInterval;
  private final Duration heartbeat;
  private final @Nullable Supplier<Connection> listenConnection;

  private SnapshotSettings(Builder builder) {
    this.maxEntries = builder.maxEntries;
    this.refresh = builder.refresh;
    this.pollInterval = builder.pollInterval;
    this.heartbeat = builder.heartbeat;
    this.listenConnection = builder.listenConnection;
  }

  /**
   * The defaults: {@link Refresh#AUTO}, at most 100,000 entries, a poll every 100 ms, a heartbeat
   * on the listener connection every second.
   *
   * @return the default settings
   */
  public static SnapshotSettings defaults() {
    return builder().build();
  }

  /**
   * A builder with the defaults of {@link #defaults()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  int maxEntries() {
    return maxEntries;
  }

  Refresh refresh() {
    return refresh;
  }

  Duration pollInterval() {
    return pollInterval;
  }

  Duration heartbeat() {
    return heartbeat;
  }

  @Nullable Supplier<Connection> listenConnection() {
    return listenConnection;
  }

  /** Options for {@link SnapshotSettings}; every one has a default. */
  public static final class Builder {
    private int maxEntries = 100_000;
    private Refresh refresh = Refresh.AUTO;
    private Duration pollInterval = Duration.ofMillis(100);
    private Duration heartbeat = Duration.ofSeconds(1);
    private @Nullable Supplier<Connection> listenConnection;

    private Builder() {}

    /**
     * The most entries held in memory (default 100,000): an entry is one enabled (organization,
     * module) pair, plus one per cached caller. A user's pairs count once per user; the service's
     * set counts once. At about 100 bytes an entry, the default holds some 10 MB. When full, the
     * oldest users are dropped (their next call reloads them); a service-wide set larger than this
     * is not kept, and the service's calls then go to the database.
     *
     * @param maxEntries at least 1
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxEntries(int maxEntries) {
      if (maxEntries < 1) {
        throw new IllegalArgumentException("maxEntries must be at least 1, got " + maxEntries);
      }
      this.maxEntries = maxEntries;
      return this;
    }

    /**
     * How changes are learnt (default {@link Refresh#AUTO}).
     *
     * @param refresh the mode
     * @return this builder
     * @throws NullPointerException if it is {@code null}
     */
    public Builder refresh(Refresh refresh) {
      this.refresh = Objects.requireNonNull(refresh, "refresh must not be null");
      return this;
    }

    /**
     * How often {@link Refresh#POLL} reads the change counter through the pool (default 100 ms):
     * one cheap round trip each time; a change is seen within this interval plus a reload.
     *
     * @param interval between 1 ms and 1 minute
     * @return this builder
     * @throws IllegalArgumentException if it is outside that range: pick a value in it
     * @throws NullPointerException if it is {@code null}
     */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = within(interval, "pollInterval");
      return this;
    }

    /**
     * How long the listener waits for a notification before it checks that its connection is
     * still alive and that the change counter, read through the pool, is not ahead of what it
     * heard (default 1 s; one cheap round trip each time). A connection that the server closes is noticed at once; one that
     * goes silent (a network partition) within this interval plus the driver's timeout, and until
     * then answers keep coming from memory.
     *
     * @param heartbeat between 1 ms and 1 minute
     * @return this builder
     * @throws IllegalArgumentException if it is outside that range: pick a value in it
     * @throws NullPointerException if it is {@code null}
     */
    public Builder heartbeat(Duration heartbeat) {
      this.heartbeat = within(heartbeat, "heartbeat");
      return this;
    }

    /**
     * The listener's own connection, opened with {@link DriverManager} (default: derived from the
     * registry's data source, see {@link Refresh#AUTO}). Point it straight at PostgreSQL (on
     * Supabase, the direct connection or Supavisor's session-mode port 5432), never at a
     * transaction-mode pooler. The user needs no privilege but to log in: LISTEN and the
     * heartbeat need none (the reloads go through the registry's pool, scoped as each caller).
     *
     * @param jdbcUrl a {@code jdbc:postgresql:} URL
     * @param user the login role
     * @param password its password
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the URL is not a {@code jdbc:postgresql:} URL
     */
    public Builder listenConnection(String jdbcUrl, String user, String password) {
      Objects.requireNonNull(jdbcUrl, "jdbcUrl must not be null");
      Objects.requireNonNull(user, "user must not be null");
      Objects.requireNonNull(password, "password must not be null");
      if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("the listener needs a jdbc:postgresql: URL, got " + ListenerConnections.redact(jdbcUrl));
      }
      this.listenConnection = ListenerConnections.driverManager(jdbcUrl, user, password);
      return this;
    }

    /**
     * The listener's own connection, from a supplier called again after every connection loss
     * (default: see {@link #listenConnection(String, String, String)}). It must return a new pgjdbc
     * connection that no pool hands to anyone else, straight to PostgreSQL; the snapshot closes it.
     * A supplier that throws counts as a connection loss and is retried.
     *
     * @param connections the supplier
     * @return this builder
     * @throws NullPointerException if it is {@code null}
     */
    public Builder listenConnection(Supplier<Connection> connections) {
      this.listenConnection = Objects.requireNonNull(connections, "connections must not be null");
      return this;
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public SnapshotSettings build() {
      return new SnapshotSettings(this);
    }

    private static Duration within(Duration value, String name) {
      Objects.requireNonNull(value, name + " must not be null");
      if (value.compareTo(Duration.ofMillis(1)) < 0 || value.compareTo(Duration.ofMinutes(1)) > 0) {
        throw new IllegalArgumentException(name + " must be between 1 ms and 1 minute, got " + value);
      }
      return value;
    }
  }
}
