package io.moduleregistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells the {@link Snapshot} when to reload, on a daemon thread of its own: by LISTEN on a
 * dedicated connection outside the pool (waiting in pgjdbc's {@code getNotifications(timeout)},
 * which returns as soon as a notification arrives), or by polling the change counter through the
 * pool. A lost connection (or a failed poll or reload) makes the snapshot answer from the database;
 * the feed then reconnects, listens again and reloads everything before answering from memory.
 */
final class ChangeFeed implements AutoCloseable {

  static final String CHANNEL = "module_registry_changes";
  private static final System.Logger LOG = System.getLogger("io.moduleregistry.snapshot");
  private static final long MAX_BACKOFF_MILLIS = 2_000;
  /** How long the start-up probe waits for its notification from another connection. */
  private static final int PROBE_MILLIS = 2_000;

  private final Snapshot snapshot;
  private final @Nullable Supplier<Connection> listener;
  private final long pollMillis;
  private final int heartbeatMillis;
  private final Thread thread;
  private volatile boolean closed;
  private volatile @Nullable Connection connection;
  /** The change counter the last heartbeat read, for its message. */
  private long counter;

  private ChangeFeed(Snapshot snapshot, @Nullable Supplier<Connection> listener, SnapshotSettings settings) {
    this.snapshot = snapshot;
    this.listener = listener;
    this.pollMillis = settings.pollInterval().toMillis();
    this.heartbeatMillis = (int) settings.heartbeat().toMillis();
    this.thread = new Thread(this::run, "module-registry-snapshot");
    this.thread.setDaemon(true);
  }

  /**
   * Chooses LISTEN or POLL as the settings say (logging which and why), and starts the thread.
   *
   * @throws IllegalArgumentException if LISTEN is required but no connection outside the pool can be had
   */
  static ChangeFeed start(Snapshot snapshot, SnapshotSettings settings, DataSource dataSource) {
    Supplier<Connection> listener = chooseListener(settings, dataSource);
    snapshot.mode(listener != null ? "LISTEN" : "POLL");
    ChangeFeed feed = new ChangeFeed(snapshot, listener, settings);
    feed.thread.start();
    return feed;
  }

  private static @Nullable Supplier<Connection> chooseListener(SnapshotSettings settings, DataSource dataSource) {
    if (settings.refresh() == SnapshotSettings.Refresh.POLL) {
      LOG.log(System.Logger.Level.INFO, "Module Registry snapshot: polling the change counter through the pool every "
          + settings.pollInterval().toMillis() + " ms, as configured");
      return null;
    }
    boolean required = settings.refresh() == SnapshotSettings.Refresh.LISTEN;
    if (settings.listenConnection() != null) {
      return probed(settings.listenConnection(), "the configured listener connection", required, dataSource);
    }
    ListenerConnections.Login login = ListenerConnections.loginOf(dataSource);
    if (login == null) {
      return fallBack(required, "the data source (" + dataSource.getClass().getName() + ") does not reveal its JDBC URL,"
          + " so no connection outside the pool can be opened: give SnapshotSettings.listenConnection(...) to LISTEN",
          settings);
    }
    String pooler = ListenerConnections.poolerReason(login.url());
    if (pooler != null && !required) {
      return fallBack(false, pooler + ", where LISTEN does not work", settings);
    }
    return probed(ListenerConnections.driverManager(login.url(), login.user(), login.password()),
        "a connection of its own to " + ListenerConnections.redact(login.url()) + " (opened with DriverManager, outside the pool)",
        required, dataSource);
  }

  /**
   * Checks that a notification sent from ANOTHER connection (one of the pool's: a writer's way to
   * the database) reaches the listener's connection. Through a transaction-mode pooler the
   * listener's LISTEN stays on a server connection it no longer holds, whatever the URL says, and
   * it would hear nothing. A connection that cannot be had now is not held against LISTEN: the
   * heartbeat's comparison of the change counter then guards it ({@link #listen}).
   */
  private static @Nullable Supplier<Connection> probed(Supplier<Connection> listener, String what, boolean required,
      DataSource pool) {
    String channel = "module_registry_probe_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = listener.get(); Statement s = c.createStatement()) {
      s.execute("listen " + channel);
      try (Connection other = pool.getConnection();
           PreparedStatement notify = other.prepareStatement("select pg_catalog.pg_notify(?, '')")) {
        notify.setString(1, channel);
        notify.execute();
        if (!other.getAutoCommit()) {
          other.commit();
        }
      }
      PGNotification[] heard = c.unwrap(PGConnection.class).getNotifications(PROBE_MILLIS);
      s.execute("unlisten " + channel);
      if (heard == null || heard.length == 0) {
        return fallBack(required, "a notification sent from another connection did not reach " + what
            + " within " + PROBE_MILLIS + " ms (a transaction-mode pooler in between?)", null);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Module Registry snapshot: could not try LISTEN on " + what
          + " now (" + e.getMessage() + "); it will keep trying, answering from the database meanwhile");
    }
    LOG.log(System.Logger.Level.INFO, "Module Registry snapshot: LISTEN " + CHANNEL + " on " + what);
    return listener;
  }

  private static @Nullable Supplier<Connection> fallBack(boolean required, String why, @Nullable SnapshotSettings settings) {
    if (required) {
      throw new IllegalArgumentException("SnapshotSettings.Refresh.LISTEN cannot work: " + why
          + ". Give a direct connection with SnapshotSettings.listenConnection(...), or use Refresh.POLL.");
    }
    LOG.log(System.Logger.Level.INFO, "Module Registry snapshot: polling the change counter through the pool"
        + (settings == null ? "" : " every " + settings.pollInterval().toMillis() + " ms") + ", because " + why);
    return null;
  }

  private void run() {
    if (listener != null && !listen()) {
      return; // closed
    }
    poll();
  }

  /**
   * LISTEN, reload everything, then wait for notifications and reload what each burst names; on
   * any failure go dark, back off, and start over. At every heartbeat (no notification for that
   * long) the change counter, read through the pool, must not be ahead of what was heard: if it
   * is, and stays so for another heartbeat, notifications are not arriving (a pooler in between,
   * whatever the URL said): the snapshot goes dark, the log says so once, and the feed polls.
   *
   * @return true to poll from now on, false when closed
   */
  private boolean listen() {
    long backoff = 50;
    while (!closed) {
      try (Connection c = listener.get()) {
        connection = c;
        try (Statement s = c.createStatement()) {
          s.execute("listen " + CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        snapshot.apply(Changes.everything()); // after LISTEN: nothing committed from here on goes unheard
        backoff = 50;
        while (!closed) {
          PGNotification[] heard = pg.getNotifications(heartbeatMillis);
          if (heard != null && heard.length > 0) {
            apply(heard);
          } else if (!closed && !c.isValid(Math.max(1, heartbeatMillis / 1000))) {
            throw new SQLException("the listener connection no longer answers");
          } else if (!closed && !caughtUp(pg, snapshot.lastChange().version())) {
            snapshot.dark("the change counter moved to " + counter + " but the listener heard changes only up to "
                + snapshot.version() + ": notifications do not reach it (a transaction-mode pooler in between?);"
                + " polling the change counter through the pool from now on", null);
            snapshot.mode("POLL");
            return true;
          } else if (snapshot.reloadWanted()) {
            snapshot.applyWanted();
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (closed) {
          return false;
        }
        snapshot.dark("the listener connection or a reload failed", e);
        backoff = pause(backoff);
      } finally {
        connection = null;
      }
    }
    return false;
  }

  /**
   * Whether every change up to {@code counter} has been heard and applied, waiting up to one more
   * heartbeat for notifications still on their way (a change that committed just before the read).
   */
  private boolean caughtUp(PGConnection pg, long counter) throws SQLException {
    this.counter = counter;
    long deadline = System.nanoTime() + heartbeatMillis * 1_000_000L;
    while (snapshot.version() < counter && !closed) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return false;
      }
      PGNotification[] heard = pg.getNotifications((int) left);
      if (heard != null && heard.length > 0) {
        apply(heard);
      }
    }
    return true;
  }

  private void apply(PGNotification[] heard) {
    Changes changes = new Changes();
    long now = System.nanoTime();
    for (PGNotification n : heard) { // all that arrived: a burst is one reload
      changes.addPayload(n.getParameter(), now);
    }
    snapshot.apply(changes);
  }

  /** Read what changed since the last poll every interval; reload what it names (everything after a failure). */
  private void poll() {
    boolean live = false;
    long backoff = pollMillis;
    while (!closed) {
      try {
        if (!live) {
          snapshot.apply(Changes.everything());
          live = true;
        } else {
          Changes changes = snapshot.changesSince(snapshot.version());
          if (!changes.isEmpty()) {
            snapshot.apply(changes);
          } else if (snapshot.reloadWanted()) {
            snapshot.applyWanted();
          }
        }
        backoff = pollMillis;
        sleep(pollMillis);
      } catch (RuntimeException e) {
        if (closed) {
          return;
        }
        if (live) {
          snapshot.dark("polling the change counter or a reload failed", e);
        }
        live = false;
        backoff = pause(backoff);
      }
    }
  }

  private long pause(long backoff) {
    sleep(backoff);
    return Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
  }

  private void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  /** Stops the thread and closes the listener connection; waits up to a second for the thread. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    Connection c = connection;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
    try {
      thread.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
