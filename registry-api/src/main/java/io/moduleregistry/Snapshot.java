package io.moduleregistry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The in-process snapshot of {@code isEnabled}: what each caller may see, loaded by that caller's
 * own RLS-scoped query, so the database still decides.
 *
 * <ul>
 *   <li>A user's entry is every enabled, active (organization, module) pair that the user's own
 *       query sees under RLS ({@link Statements#enabledPairs} as that identity, with its exact
 *       claims), loaded on its first call. The service's entry is the same query as {@code
 *       service_role}. An answer from memory is thus the uncached call's answer at load time.</li>
 *   <li>What is held is a {@link Generation}, swapped atomically: a reload builds the next one
 *       completely (every cached caller reloaded by its own query) while the current one keeps
 *       answering, so a reload opens no window of misses.</li>
 *   <li>A write through this registry is answered by the database for that organization (for a
 *       catalog write: everywhere) from the moment it returns until a reload that began after it:
 *       the writer reads its own write at once, without waiting for the notification.</li>
 *   <li>While freshness cannot be vouched for (before the first load; from a lost listener
 *       connection or a failed poll until listening again and reloaded) every call goes to the
 *       database: never an answer from stale memory.</li>
 * </ul>
 */
final class Snapshot {

  private static final System.Logger LOG = System.getLogger("io.moduleregistry.snapshot");

  /** More writes than this between two reloads, and the database answers for every organization until the next. */
  private static final int MAX_EXCLUSIONS = 256;

  private final ScopedExecutor executor;
  private final Statements statements;
  private final int maxEntries;
  private final AtomicReference<Generation> current;
  private final AtomicLong writes = new AtomicLong();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final AtomicLong reloads = new AtomicLong();
  private final AtomicLong losses = new AtomicLong();
  private final List<SnapshotListener> listeners = new CopyOnWriteArrayList<>();
  private volatile long lastLagNanos;
  private volatile long maxLagNanos;
  private volatile String mode = "starting";
  private volatile long version = -1;
  private volatile boolean reloadWanted;
  private volatile boolean stopped;

  Snapshot(SnapshotSettings settings, ScopedExecutor executor, Statements statements) {
    this.executor = executor;
    this.statements = statements;
    this.maxEntries = settings.maxEntries();
    this.current = new AtomicReference<>(new Generation(false, new Store(maxEntries, Set.of()), List.of()));
  }

  // ---------------------------------------------------------------------------------------------
  // The hot path

  /**
   * The identity of {@code asUser(userId)}: the one its entry was loaded with where there is one
   * (the very same claims, so nothing to build or compare on the next call), else a new one.
   */
  Identity user(UUID userId) {
    Store.Entry entry = current.get().store.users.get(userId);
    return entry != null && entry.plain() ? entry.identity() : Identity.user(userId);
  }

  /**
   * The answer of {@code isEnabled} for this identity, from memory where it may be, else from the
   * database. Argument checks and failures are those of the uncached call.
   */
  boolean isEnabled(Identity who, UUID orgId, String moduleId) {
    ModuleIds.requireOrg(orgId);
    Objects.requireNonNull(moduleId, "moduleId must not be null"); // the slug check waits for a miss: a hit knows the id
    Generation g = current.get();
    if (g.live && !g.excludes(orgId)) {
      Pairs pairs = g.store.pairsOf(who);
      if (pairs != null) {
        hits.increment();
        return pairs.contains(orgId, g.store.knownModule(moduleId) ? moduleId : ModuleIds.requireSlug(moduleId));
      }
    }
    misses.increment();
    return load(g, who, orgId, ModuleIds.requireSlug(moduleId));
  }

  /** A miss: load the caller's entry into the generation it missed in, when that may be cached; else ask the database. */
  private boolean load(Generation g, Identity who, UUID orgId, String moduleId) {
    if (!g.live || g.excludes(orgId) || (who.isService() && g.store.serviceTooLarge)) {
      return executor.run(statements.isEnabled, who, Action.READ, Target.installation(orgId, moduleId));
    }
    Pairs pairs = executor.run(statements.enabledPairs, who, Action.READ, Target.NONE);
    g.store.put(who, pairs);
    return pairs.contains(orgId, moduleId);
  }

  // ---------------------------------------------------------------------------------------------
  // Writes through this registry

  /**
   * Called after every write through this registry. A write that succeeded, or whose outcome is
   * unknown (the connection broke: it may have committed), is answered by the database for its
   * organization (a catalog write: for all) until a reload that began after it. A failure the
   * database reported rolled back, and changed nothing. The next heartbeat or poll reloads even if no
   * notification comes (a write joined to a caller's transaction that then rolled back sends none).
   */
  void written(Action action, Target target, @Nullable RuntimeException failure) {
    if (!action.changesEnablement()) {
      return;
    }
    if (failure instanceof RegistryException e && e.code() != RegistryErrorCode.UNAVAILABLE
        && e.code() != RegistryErrorCode.OUTCOME_UNKNOWN) {
      return; // the database refused it: it changed nothing
    }
    Exclusion exclusion = new Exclusion(writes.incrementAndGet(), target.orgId());
    Generation g;
    do {
      g = current.get();
    } while (g.live && !current.compareAndSet(g, g.excluding(exclusion)));
    reloadWanted = true;
  }

  /** Whether a write through this registry since the last reload wants one, notification or not. */
  boolean reloadWanted() {
    return reloadWanted;
  }

  // ---------------------------------------------------------------------------------------------
  // Reloads, driven by the ChangeFeed's thread

  /**
   * Builds the next generation, every cached caller reloaded by its own query, and swaps it in.
   *
   * @param afterChange whether a change prompted it (then its lag is recorded)
   * @param polled the change counter as a poll just read it, or null to read it first: what is
   *     loaded is then at least as new as the version recorded (at worst one more reload follows)
   * @return the change counter read before loading
   * @throws RegistryException if the database fails; the caller then goes {@link #dark}
   */
  long reload(boolean afterChange, @Nullable LastChange polled) {
    reloadWanted = false;
    long writesBefore = writes.get();
    LastChange change = polled != null ? polled : lastChange();
    Store old = current.get().store;
    Set<String> catalog = new HashSet<>();
    for (Module module : executor.run(statements.modules, Identity.SERVICE, Action.READ, Target.NONE)) {
      catalog.add(module.id());
    }
    Store next = new Store(maxEntries, Set.copyOf(catalog));
    next.serviceWanted = old.serviceWanted;
    next.serviceTooLarge = old.serviceTooLarge;
    if (old.serviceWanted && !old.serviceTooLarge) {
      next.put(Identity.SERVICE, executor.run(statements.enabledPairs, Identity.SERVICE, Action.READ, Target.NONE));
    }
    for (Identity who : old.identities()) {
      next.put(who, executor.run(statements.enabledPairs, who, Action.READ, Target.NONE));
    }
    Generation g;
    Generation swapped;
    do {
      g = current.get();
      List<Exclusion> later = new ArrayList<>();
      for (Exclusion e : g.exclusions) {
        if (e.sequence() > writesBefore) {
          later.add(e); // a write that may have committed after this reload's queries began
        }
      }
      swapped = new Generation(!stopped, next, later); // a reload that outlives close() must not go live
    } while (!current.compareAndSet(g, swapped));
    reloads.incrementAndGet();
    version = change.version();
    if (!listeners.isEmpty() && swapped.live) {
      Set<String> changed = Store.changedModules(old, next);
      tell(l -> l.reloaded(change.version(), changed));
    }
    if (afterChange) {
      long lag = (long) (change.ageMillis() * 1_000_000) + (System.nanoTime() - change.readAtNanos());
      lastLagNanos = lag;
      maxLagNanos = Math.max(maxLagNanos, lag);
    }
    return change.version();
  }

  /** From now on every call goes to the database, until the next successful {@link #reload}; the callers are kept for it. */
  void dark(String why, @Nullable Throwable cause) {
    losses.incrementAndGet();
    goDark();
    tell(l -> l.stale(why + (cause == null ? "" : ": " + cause.getMessage())));
    LOG.log(System.Logger.Level.WARNING, "Module Registry snapshot: " + why
        + "; answering from the database until listening again and reloaded"
        + (cause == null ? "" : ": " + cause.getMessage()));
  }

  /** The registry was closed: every call goes to the database from now on. */
  void stop() {
    stopped = true;
    goDark();
    tell(l -> l.stale("the registry was closed"));
  }

  void addListener(SnapshotListener listener) {
    listeners.add(listener);
  }

  boolean removeListener(SnapshotListener listener) {
    return listeners.remove(listener);
  }

  /** A listener that throws must not stop the feed's thread, nor keep the others from hearing. */
  private void tell(Consumer<SnapshotListener> event) {
    for (SnapshotListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "Module Registry snapshot: a SnapshotListener ("
            + listener.getClass().getName() + ") threw; ignored", e);
      }
    }
  }

  private void goDark() {
    Generation g;
    do {
      g = current.get();
    } while (g.live && !current.compareAndSet(g, new Generation(false, g.store, List.of())));
  }

  void mode(String mode) {
    this.mode = mode;
  }

  /** The change counter and how long ago it last moved, read through the pool. */
  LastChange lastChange() {
    return executor.run(statements.lastChange, Identity.SERVICE, Action.READ, Target.NONE);
  }

  SnapshotStats stats() {
    Generation g = current.get();
    return new SnapshotStats(mode, g.live, hits.sum(), misses.sum(), reloads.get(), losses.get(), g.store.size.get(),
        maxEntries, Duration.ofNanos(lastLagNanos), Duration.ofNanos(maxLagNanos), version);
  }

  // ---------------------------------------------------------------------------------------------
  // What is held

  /** The change counter, the milliseconds since it last moved, and when (System.nanoTime) that was read. */
  record LastChange(long version, double ageMillis, long readAtNanos) {
    static LastChange read(ResultSet rows) throws SQLException {
      if (!rows.next()) {
        throw new IllegalStateException("module_registry.last_change() returned no row");
      }
      return new LastChange(rows.getLong(1), rows.getDouble(2), System.nanoTime());
    }
  }

  /** Enabled, active (organization, module) pairs that one caller sees, by organization. */
  record Pairs(Map<UUID, Set<String>> byOrg, int count) {

    boolean contains(UUID orgId, String moduleId) {
      Set<String> modules = byOrg.get(orgId);
      return modules != null && modules.contains(moduleId);
    }

    /** Adds to {@code into} every module enabled in one of this and {@code other} but not the other, in some organization. */
    void addDifferences(Pairs other, Set<String> into) {
      Set<UUID> orgs = new HashSet<>(byOrg.keySet());
      orgs.addAll(other.byOrg.keySet());
      for (UUID org : orgs) {
        Set<String> mine = byOrg.getOrDefault(org, Set.of());
        Set<String> theirs = other.byOrg.getOrDefault(org, Set.of());
        if (!mine.equals(theirs)) {
          mine.stream().filter(m -> !theirs.contains(m)).forEach(into::add);
          theirs.stream().filter(m -> !mine.contains(m)).forEach(into::add);
        }
      }
    }

    /** Reads {@code (org_id, module_id)} rows. */
    static Pairs read(ResultSet rows) throws SQLException {
      Map<UUID, Set<String>> byOrg = new HashMap<>();
      int count = 0;
      while (rows.next()) {
        byOrg.computeIfAbsent(rows.getObject(1, UUID.class), k -> new HashSet<>()).add(rows.getString(2));
        count++;
      }
      byOrg.replaceAll((org, modules) -> Set.copyOf(modules));
      return new Pairs(Map.copyOf(byOrg), count);
    }
  }

  /** A write through this registry: to one organization, or (orgId {@code null}) to the catalog. */
  record Exclusion(long sequence, @Nullable UUID orgId) {}

  /**
   * One view of the data, immutable but for the {@link Store} it shares with the views derived
   * from it by {@link #excluding}. {@code live} false: answer nothing from it.
   */
  static final class Generation {
    final boolean live;
    final Store store;
    final List<Exclusion> exclusions;
    private final boolean excludesAll;
    private final Set<UUID> excludedOrgs;

    Generation(boolean live, Store store, List<Exclusion> exclusions) {
      this.live = live;
      this.store = store;
      this.exclusions = List.copyOf(exclusions);
      Set<UUID> orgs = new HashSet<>();
      boolean all = false;
      for (Exclusion e : exclusions) {
        if (e.orgId() == null) {
          all = true;
        } else {
          orgs.add(e.orgId());
        }
      }
      this.excludesAll = all;
      this.excludedOrgs = Set.copyOf(orgs);
    }

    boolean excludes(UUID orgId) {
      return excludesAll || (!excludedOrgs.isEmpty() && excludedOrgs.contains(orgId));
    }

    Generation excluding(Exclusion exclusion) {
      List<Exclusion> more = new ArrayList<>(exclusions);
      if (more.size() >= MAX_EXCLUSIONS) {
        more.clear();
        more.add(new Exclusion(exclusion.sequence(), null));
      } else {
        more.add(exclusion);
      }
      return new Generation(live, store, more);
    }
  }

  /**
   * The entries of one load: users by id (each with the exact claims it was loaded with), the
   * service's set, and the catalog's ids (so that a known id skips the slug check). Bounded: the
   * oldest users are dropped when it is full.
   */
  static final class Store {
    private final int maxEntries;
    final ConcurrentHashMap<UUID, Entry> users = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<UUID> order = new ConcurrentLinkedQueue<>();
    final AtomicInteger size = new AtomicInteger();
    private final Set<String> catalog;
    /** Whether the service has asked: then every reload loads its set. */
    volatile boolean serviceWanted;
    volatile boolean serviceTooLarge;
    private volatile @Nullable Pairs service;

    Store(int maxEntries, Set<String> catalog) {
      this.maxEntries = maxEntries;
      this.catalog = catalog;
    }

    /**
     * A user's entry, loaded with exactly these claims.
     *
     * @param plain whether the identity is what {@code asUser} makes (so {@link Snapshot#user} may hand it out)
     */
    record Entry(Identity identity, Pairs pairs, boolean plain) {}

    @Nullable Pairs pairsOf(Identity who) {
      UUID userId = who.userId();
      if (userId == null) {
        return service;
      }
      Entry entry = users.get(userId);
      return entry != null && (entry.identity == who || entry.identity.claims().equals(who.claims())) ? entry.pairs : null;
    }

    /** The modules whose enablement differs between two loads, for the callers both hold with the same claims. */
    static Set<String> changedModules(Store old, Store next) {
      Set<String> changed = new HashSet<>();
      Pairs oldService = old.service;
      Pairs nextService = next.service;
      if (oldService != null && nextService != null) {
        nextService.addDifferences(oldService, changed);
      }
      for (Entry entry : next.users.values()) {
        Pairs before = old.pairsOf(entry.identity);
        if (before != null) {
          entry.pairs.addDifferences(before, changed);
        }
      }
      return Set.copyOf(changed);
    }

    boolean knownModule(String moduleId) {
      return catalog.contains(moduleId);
    }

    List<Identity> identities() {
      List<Identity> all = new ArrayList<>();
      for (UUID id : order) {
        Entry entry = users.get(id);
        if (entry != null) {
          all.add(entry.identity);
        }
      }
      return all;
    }

    void put(Identity who, Pairs pairs) {
      int weight = pairs.count() + 1;
      UUID userId = who.userId();
      if (userId == null) {
        serviceWanted = true;
        if (weight > maxEntries) {
          serviceTooLarge = true;
          LOG.log(System.Logger.Level.WARNING, "Module Registry snapshot: the service sees " + pairs.count()
              + " enabled installations, more than maxEntries (" + maxEntries + "); the service's isEnabled"
              + " goes to the database. Raise maxEntries to keep them in memory.");
          return;
        }
        service = pairs;
        size.addAndGet(weight);
      } else if (weight <= maxEntries) {
        boolean plain = who.equals(Identity.user(userId));
        Entry old = users.put(userId, new Entry(who, pairs, plain));
        if (old == null) {
          order.add(userId);
        } else {
          size.addAndGet(-old.pairs.count() - 1);
        }
        size.addAndGet(weight);
      }
      while (size.get() > maxEntries) {
        UUID oldest = order.poll();
        if (oldest == null) {
          break;
        }
        Entry evicted = users.remove(oldest);
        if (evicted != null) {
          size.addAndGet(-evicted.pairs.count() - 1);
        }
      }
    }
  }
}
