package io.moduleregistry;

import java.sql.Connection;
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

  private final Snapshot snapshot;
  private final @Nullable Supplier<Connection> listener;
  private final long pollMillis;
  private final int heartbeatMillis;
  private final Thread thread;
  private volatile boolean closed;
  private volatile @Nullable Connection connection;

  private ChangeFeed(Snapshot snapshot, @Nullable Supplier<Connection> listener, SnapshotSettings settings) {
    this.snapshot = snapshot;
    this.listener = listener;
    this.pollMillis = settings.pollInterval().toMillis();
    this.heartbeatMillis = (int) settings.heartbeat().toMillis();
    this.thread = new Thread(listener != null ? this::listen : this::poll, "module-registry-snapshot");
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
      return probed(settings.listenConnection(), "the configured listener connection", required);
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
        required);
  }

  /**
   * Checks that a notification sent on the listener's connection comes back to it: through a
   * transaction-mode pooler LISTEN and NOTIFY may land on different server connections, and it
   * would never hear anything. A connection that cannot be opened now is not held against LISTEN.
   */
  private static @Nullable Supplier<Connection> probed(Supplier<Connection> listener, String what, boolean required) {
    String channel = "module_registry_probe_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = listener.get(); Statement s = c.createStatement()) {
      s.execute("listen " + channel);
      s.execute("notify " + channel);
      PGNotification[] heard = c.unwrap(PGConnection.class).getNotifications(1_000);
      s.execute("unlisten " + channel);
      if (heard == null || heard.length == 0) {
        return fallBack(required, "a notification sent on " + what + " did not come back (a transaction-mode pooler?)", null);
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

  /**
   * LISTEN, reload everything, then wait for notifications and reload what each burst names; on
   * any failure go dark, back off, and start over.
   */
  private void listen() {
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
            Changes changes = new Changes();
            long now = System.nanoTime();
            for (PGNotification n : heard) { // all that arrived: a burst is one reload
              changes.addPayload(n.getParameter(), now);
            }
            snapshot.apply(changes);
          } else if (!closed && !c.isValid(Math.max(1, heartbeatMillis / 1000))) {
            throw new SQLException("the listener connection no longer answers");
          } else if (snapshot.reloadWanted()) {
            snapshot.apply(snapshot.wanted());
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (closed) {
          return;
        }
        snapshot.dark("the listener connection or a reload failed", e);
        backoff = pause(backoff);
      } finally {
        connection = null;
      }
    }
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
            snapshot.apply(snapshot.wanted());
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
