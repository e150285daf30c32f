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
 *   <li>A change reloads only the callers it can affect ({@link #apply}): for organizations whose
 *       installations changed, their members (asked of the database, as the service) and the
 *       service; for users whose memberships changed, those users; for the catalog, everyone. Each
 *       reloaded caller gets its own RLS-scoped query again, {@link #BATCH} of them per round trip.
 *       An entry is replaced whole, so a reload opens no window of misses. Why this rule is exact
 *       for the shipped policies, and what to do with other policies: RELIABILITY.md.</li>
 *   <li>A load on a miss that began before the feed heard of a change is answered but not kept:
 *       it may predate the change, and the reload that change triggers did not know of it.</li>
 *   <li>A write through this registry is answered by the database for that organization (for a
 *       catalog write: everywhere) from the moment it returns until a reload covering it that began
 *       after it: the writer reads its own write at once, without waiting for the notification.
 *       A write joined to the caller's transaction commits only with it: a reload covers it only
 *       if that transaction had ended (committed or rolled back) before the reload's queries
 *       began, which the reload asks of the database first, in one query, only while such
 *       writes are pending.</li>
 *   <li>While freshness cannot be vouched for (before the first load; from a lost listener
 *       connection, a failed poll or a change the listener did not hear until a full reload) every
 *       call goes to the database: never an answer from stale memory.</li>
 * </ul>
 */
final class Snapshot {

  private static final System.Logger LOG = System.getLogger("io.moduleregistry.snapshot");

  /** More writes than this between two reloads, and the database answers for every organization until the next. */
  private static final int MAX_EXCLUSIONS = 256;

  /** The transaction of a write that joined none (or one without an id: it wrote nothing). */
  static final long NO_TRANSACTION = 0;

  /** Callers reloaded per round trip: each statement with its own scope, in one batch. */
  static final int BATCH = 100;

  private final ScopedExecutor executor;
  private final Statements statements;
  private final int maxEntries;
  private final Store store;
  private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(false, List.of()));
  private final AtomicLong writes = new AtomicLong();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final AtomicLong reloads = new AtomicLong();
  private final AtomicLong losses = new AtomicLong();
  private final List<SnapshotListener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong callersReloaded = new AtomicLong();
  private final AtomicLong roundTrips = new AtomicLong();
  private volatile long lastLagNanos;
  private volatile long maxLagNanos;
  private volatile String mode = "starting";
  private volatile long version = -1;
  private volatile boolean reloadWanted;
  private volatile boolean stopped;
  /** Whether a change reloads only the callers it can affect (see {@link #checkPolicies}). */
  private volatile boolean targeted = true;

  Snapshot(SnapshotSettings settings, ScopedExecutor executor, Statements statements) {
    this.executor = executor;
    this.statements = statements;
    this.maxEntries = settings.maxEntries();
    this.store = new Store(maxEntries);
  }

  // ---------------------------------------------------------------------------------------------
  // The hot path

  /**
   * The identity of {@code asUser(userId)}: the one its entry was loaded with where there is one
   * (the very same claims, so nothing to build or compare on the next call), else a new one.
   */
  Identity user(UUID userId) {
    Store.Entry entry = store.users.get(userId);
    return entry != null && entry.plain ? entry.identity : Identity.user(userId);
  }

  /**
   * The answer of {@code isEnabled} for this identity, from memory where it may be, else from the
   * database. Argument checks and failures are those of the uncached call.
   *
   * <p>A hit reads the generation (shared, cached), the caller's entry from the map and its {@link
   * PairTable}: a map node, its key and the entry, then one array; nothing is allocated or boxed.
   *
   * @param userId {@code who.userId()}, as the scope holds it (so that a hit need not read the identity)
   */
  boolean isEnabled(Identity who, @Nullable UUID userId, UUID orgId, String moduleId) {
    ModuleIds.requireOrg(orgId);
    Objects.requireNonNull(moduleId, "moduleId must not be null"); // the slug check waits for a miss: a hit knows the id
    Generation g = current.get();
    if (g.live && !g.excludes(orgId)) {
      Store.Entry entry = store.entryOf(who, userId);
      if (entry != null) {
        hits.increment();
        // read after the entry: every module its table holds was numbered before it was published
        int module = store.modules.indexOf(moduleId);
        if (module < 0) {
          ModuleIds.requireSlug(moduleId);
          return false; // a module no table holds
        }
        return entry.contains(orgId.getMostSignificantBits(), orgId.getLeastSignificantBits(), module);
      }
    }
    misses.increment();
    return load(g, who, orgId, ModuleIds.requireSlug(moduleId));
  }

  /** A miss: load the caller's entry, when that may be cached; else ask the database. */
  private boolean load(Generation g, Identity who, UUID orgId, String moduleId) {
    if (!g.live || g.excludes(orgId) || (who.isService() && store.serviceTooLarge)) {
      return executor.run(statements.isEnabled, who, Action.READ, Target.installation(orgId, moduleId));
    }
    long heard = store.heard();
    Pairs pairs = executor.run(statements.enabledPairs, who, Action.READ, Target.NONE);
    store.putUnlessHeardSince(who, pairs, heard);
    return pairs.contains(orgId, moduleId);
  }

  // ---------------------------------------------------------------------------------------------
  // Writes through this registry

  /**
   * Called after every write through this registry. A write that succeeded, or whose outcome is
   * unknown (the connection broke: it may have committed), is answered by the database for its
   * organization (a catalog write: for all) until a reload covering it began after it. A failure
   * the database reported rolled back, and changed nothing. The next heartbeat or poll reloads its
   * organization even if no notification comes (a write joined to a caller's transaction that then
   * rolled back sends none).
   *
   * <p>A write joined to the caller's transaction ({@code transaction} its id) has not committed
   * when it returns: reloads keep answering its organization from the database until one whose
   * queries began after that transaction ended, whenever the caller commits or rolls back.
   *
   * @param transaction the id (xid8) of the caller's transaction the write joined, or {@link
   *     #NO_TRANSACTION} (it ran in its own, already committed, or it failed)
   */
  void written(Action action, Target target, @Nullable RuntimeException failure, long transaction) {
    if (!action.changesEnablement()) {
      return;
    }
    if (failure instanceof RegistryException e && e.code() != RegistryErrorCode.UNAVAILABLE
        && e.code() != RegistryErrorCode.OUTCOME_UNKNOWN) {
      return; // the database refused it: it changed nothing
    }
    // a joined write whose connection broke took the caller's transaction with it: it can no longer commit
    Exclusion exclusion = new Exclusion(writes.incrementAndGet(), target.orgId(), failure == null ? transaction : NO_TRANSACTION);
    // kept while dark too: the full reload that ends it may run while a joined write's transaction is still open
    Generation g;
    do {
      g = current.get();
    } while (!current.compareAndSet(g, g.excluding(exclusion)));
    reloadWanted = true;
  }

  /** Whether a write through this registry since the last reload wants one, notification or not. */
  boolean reloadWanted() {
    return reloadWanted;
  }

  /**
   * The heartbeat's or poll's reload of the writes through this registry that no reload has covered
   * yet ({@link #wanted}). While every one of them is a joined write whose transaction is still
   * open, nothing they did can be read yet: one query says so, and no caller is reloaded (a caller's
   * long transaction would otherwise reload its organization's members at every heartbeat or poll).
   *
   * @throws RegistryException if the database fails; the caller then goes {@link #dark}
   */
  void applyWanted() {
    List<Exclusion> pending = current.get().exclusions;
    Set<Long> ended = endedTransactions();
    boolean allOpen = !pending.isEmpty();
    for (Exclusion e : pending) {
      allOpen &= e.transaction() != NO_TRANSACTION && !ended.contains(e.transaction());
    }
    if (allOpen) {
      return; // reloadWanted stays set: asked again at the next heartbeat or poll
    }
    apply(wanted(), ended);
  }

  /** What the writes through this registry that still exclude their organizations changed. */
  Changes wanted() {
    Changes changes = new Changes();
    for (Exclusion e : current.get().exclusions) {
      changes.addWrite(e.orgId());
    }
    return changes;
  }

  // ---------------------------------------------------------------------------------------------
  // Reloads, driven by the ChangeFeed's thread

  /**
   * Reloads the cached callers these changes can affect and then answers from memory (after a full
   * reload: live again). Everything: the catalog and every caller, the change counter read first.
   *
   * @throws RegistryException if the database fails; the caller then goes {@link #dark}
   */
  void apply(Changes changes) {
    apply(changes, null);
  }

  /**
   * As {@link #apply(Changes)}, {@code known} being which joined writes' transactions had ended
   * when just asked (before this reload's queries, so they see what those committed), or null to ask.
   */
  private void apply(Changes changes, @Nullable Set<Long> known) {
    reloadWanted = false;
    if (changes.isEmpty()) {
      return;
    }
    long writesBefore = writes.get();
    // before this reload's queries: what they will see committed. A write recorded after the question
    // is in no answer, and stays excluded.
    Set<Long> ended = known != null ? known : endedTransactions();
    boolean everyone = changes.everyone() || !targeted;
    // a full reload reflects every change counted before its queries; a targeted one, those it names
    long reached = changes.version() >= 0 || !everyone ? changes.version() : lastChange().version();
    store.hear(); // loads on a miss that began before this are not kept: they may predate the change
    Set<String> changed = listeners.isEmpty() ? null : new HashSet<>(); // modules whose enablement changed, for listeners
    List<Identity> who;
    if (everyone) {
      Set<String> catalog = new HashSet<>();
      for (Module module : executor.run(statements.modules, Identity.SERVICE, Action.READ, Target.NONE)) {
        catalog.add(module.id());
      }
      store.catalog(catalog);
      checkPolicies();
      roundTrips.addAndGet(2);
      who = store.identities();
    } else {
      Set<UUID> users = new HashSet<>(changes.users());
      if (!changes.orgs().isEmpty() && !store.users.isEmpty()) {
        users.addAll(executor.run(statements.membersOf, Identity.SERVICE, Action.READ, Changes.orgsTarget(changes.orgs())));
        roundTrips.incrementAndGet();
      }
      who = store.identitiesOf(users);
    }
    if (store.serviceWanted && !store.serviceTooLarge && (everyone || !changes.orgs().isEmpty())) {
      replace(Identity.SERVICE, executor.run(statements.enabledPairs, Identity.SERVICE, Action.READ, Target.NONE), changed);
      roundTrips.incrementAndGet();
    }
    for (int from = 0; from < who.size(); from += BATCH) {
      List<Identity> batch = who.subList(from, Math.min(who.size(), from + BATCH));
      List<Pairs> loaded = executor.runEach(statements.enabledPairs, batch, Action.READ);
      for (int k = 0; k < batch.size(); k++) {
        replace(batch.get(k), loaded.get(k), changed);
      }
      roundTrips.incrementAndGet();
    }
    callersReloaded.addAndGet(who.size());
    Generation g;
    Generation swapped;
    do {
      g = current.get();
      List<Exclusion> later = new ArrayList<>();
      for (Exclusion e : g.exclusions) {
        boolean covered = everyone || (e.orgId() != null && changes.orgs().contains(e.orgId()));
        boolean committedBefore = e.transaction() == NO_TRANSACTION || ended.contains(e.transaction());
        if (!covered || e.sequence() > writesBefore || !committedBefore) {
          // not reloaded, or a write that may have committed after this reload's queries began (a joined
          // write's transaction still open, or one this reload did not ask about: it was recorded meanwhile)
          later.add(e);
        }
      }
      // live again only after a reload of everyone; one that outlives close() must not go live
      swapped = new Generation(!stopped && (g.live || everyone), later);
    } while (!current.compareAndSet(g, swapped));
    if (!swapped.exclusions.isEmpty()) {
      // a write this reload did not cover (or that may have committed after it began) sent no notification
      // yet, and may send none (it changed nothing, or rolled back): the next heartbeat or poll reloads
      // (a joined write's: until its transaction has ended)
      reloadWanted = true;
    }
    reloads.incrementAndGet();
    version = Math.max(version, reached);
    if (changed != null && swapped.live) {
      Set<String> modules = Set.copyOf(changed);
      long reachedVersion = version;
      tell(l -> l.reloaded(reachedVersion, modules));
    }
    long lag = changes.lagNanos();
    if (lag >= 0) {
      lastLagNanos = lag;
      maxLagNanos = Math.max(maxLagNanos, lag);
    }
  }

  /**
   * The transactions of pending joined writes that have ended, committed or rolled back, as a
   * snapshot taken now sees them: the reload's queries, which begin after this, see what they
   * committed. One query, asked only while joined writes are pending; none otherwise.
   */
  private Set<Long> endedTransactions() {
    Set<Long> pending = new HashSet<>();
    for (Exclusion e : current.get().exclusions) {
      if (e.transaction() != NO_TRANSACTION) {
        pending.add(e.transaction());
      }
    }
    if (pending.isEmpty()) {
      return Set.of();
    }
    String ids = pending.stream().map(xid -> "\"" + xid + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    List<String> ended = executor.run(statements.endedTransactions, Identity.SERVICE, Action.READ, Target.document(ids));
    roundTrips.incrementAndGet();
    Set<Long> xids = new HashSet<>();
    ended.forEach(xid -> xids.add(Long.parseLong(xid)));
    return xids;
  }

  /** Replaces a caller's entry, adding to {@code changed} (where not null) what differs from the one it held. */
  private void replace(Identity who, Pairs pairs, @Nullable Set<String> changed) {
    if (changed != null) {
      Store.Entry before = store.entryOf(who, who.userId());
      if (before != null) {
        pairs.addDifferences(before.table, store.modules, changed);
      }
    }
    store.put(who, pairs);
  }

  /**
   * Targets reloads only while the SELECT policies on org_modules and modules are the shipped ones:
   * a policy of the operator's may make what a caller sees depend on other tables, whose changes
   * the triggers do not report; then every change reloads everyone (and the log says so once).
   */
  private void checkPolicies() {
    List<String> foreign = executor.run(statements.foreignPolicies, Identity.SERVICE, Action.READ, Target.NONE);
    boolean was = targeted;
    targeted = foreign.isEmpty();
    if (was && !targeted) {
      LOG.log(System.Logger.Level.WARNING, "Module Registry snapshot: SELECT policies not created by its migrations "
          + foreign + " may make what a caller sees depend on other tables; every change now reloads every cached"
          + " caller. To target reloads again, see RELIABILITY.md (which callers a change can affect).");
    }
  }

  /** The change counter up to which every change is reflected; -1 before the first reload. */
  long version() {
    return version;
  }

  /** Whether answers come from memory now. */
  boolean live() {
    return current.get().live;
  }

  /** From now on every call goes to the database, until the next full {@link #apply}; the callers are kept for it. */
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

  /**
   * Answers nothing from memory until the next full reload. The exclusions are kept: that reload
   * drops those it covers, and must not drop a joined write's whose transaction is still open.
   */
  private void goDark() {
    Generation g;
    do {
      g = current.get();
    } while (g.live && !current.compareAndSet(g, new Generation(false, g.exclusions)));
  }

  void mode(String mode) {
    this.mode = mode;
  }

  /** The change counter and how long ago it last moved, read through the pool. */
  LastChange lastChange() {
    return executor.run(statements.lastChange, Identity.SERVICE, Action.READ, Target.NONE);
  }

  /** What changed after a version, read through the pool (empty when nothing did). */
  Changes changesSince(long seen) {
    return executor.run(statements.changesSince, Identity.SERVICE, Action.READ, Changes.since(seen));
  }

  SnapshotStats stats() {
    Generation g = current.get();
    return new SnapshotStats(mode, g.live, hits.sum(), misses.sum(), reloads.get(), losses.get(), store.size.get(),
        maxEntries, Duration.ofNanos(lastLagNanos), Duration.ofNanos(maxLagNanos), version, callersReloaded.get(),
        roundTrips.get());
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

  /**
   * Enabled, active (organization, module) pairs that one caller sees, as read (one row each); the
   * store keeps them as a {@link PairTable}.
   */
  static final class Pairs {
    private final UUID[] orgs;
    private final String[] modules;
    private final int count;

    private Pairs(UUID[] orgs, String[] modules, int count) {
      this.orgs = orgs;
      this.modules = modules;
      this.count = count;
    }

    int count() {
      return count;
    }

    /** Whether a row is this pair (on a miss only: a hit asks the store's table). */
    boolean contains(UUID orgId, String moduleId) {
      for (int r = 0; r < count; r++) {
        if (orgs[r].equals(orgId) && modules[r].equals(moduleId)) {
          return true;
        }
      }
      return false;
    }

    /** This set as a table, its module ids interned in {@code index}. */
    long[] table(PairTable.Modules index) {
      return PairTable.of(orgs, modules, count, index);
    }

    /** Adds to {@code into} every module enabled in one of this and {@code held} but not the other, in some organization. */
    void addDifferences(long[] held, PairTable.Modules index, Set<String> into) {
      Set<PairTable.Pair> mine = new HashSet<>();
      for (int r = 0; r < count; r++) {
        mine.add(new PairTable.Pair(orgs[r], modules[r]));
      }
      Set<PairTable.Pair> theirs = PairTable.pairs(held, index);
      mine.stream().filter(p -> !theirs.contains(p)).forEach(p -> into.add(p.moduleId()));
      theirs.stream().filter(p -> !mine.contains(p)).forEach(p -> into.add(p.moduleId()));
    }

    /** Reads {@code (org_id, module_id)} rows. */
    static Pairs read(ResultSet rows) throws SQLException {
      List<UUID> orgs = new ArrayList<>();
      List<String> modules = new ArrayList<>();
      while (rows.next()) {
        orgs.add(rows.getObject(1, UUID.class));
        modules.add(rows.getString(2));
      }
      return new Pairs(orgs.toArray(new UUID[0]), modules.toArray(new String[0]), orgs.size());
    }
  }

  /**
   * A write through this registry: to one organization, or (orgId {@code null}) to the catalog;
   * joined to the caller's transaction {@code transaction}, or to none ({@link #NO_TRANSACTION}).
   */
  record Exclusion(long sequence, @Nullable UUID orgId, long transaction) {}

  /**
   * Whether to answer from memory, and which organizations not to (writes through this registry
   * not reloaded yet). Immutable; swapped whole. {@code live} false: answer nothing from memory.
   */
  static final class Generation {
    final boolean live;
    final List<Exclusion> exclusions;
    private final boolean excludesAll;
    private final Set<UUID> excludedOrgs;

    Generation(boolean live, List<Exclusion> exclusions) {
      this.live = live;
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

    /**
     * With one more write excluded. Past {@link #MAX_EXCLUSIONS} they fold into excluding every
     * organization: one exclusion per open transaction among them (their writes must outlive the
     * reloads until it ends; there are at most as many as connections) and one for the rest.
     */
    Generation excluding(Exclusion exclusion) {
      List<Exclusion> more = new ArrayList<>(exclusions);
      more.add(exclusion);
      if (more.size() > MAX_EXCLUSIONS) {
        Set<Long> transactions = new HashSet<>();
        more.forEach(e -> transactions.add(e.transaction()));
        more.clear();
        transactions.forEach(xid -> more.add(new Exclusion(exclusion.sequence(), null, xid)));
      }
      return new Generation(live, more);
    }
  }

  /**
   * What is held: users by id (each with the exact claims it was loaded with and its pairs as a
   * {@link PairTable}), the service's entry, and the module ids the tables use (the catalog's among
   * them, so that a known id skips the slug check). Entries are replaced whole; reads take no lock,
   * writes are serialized. Bounded: the oldest users are dropped when it is full.
   */
  static final class Store {
    private final int maxEntries;
    final ConcurrentHashMap<UUID, Entry> users = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<UUID> order = new ConcurrentLinkedQueue<>();
    final AtomicInteger size = new AtomicInteger();
    /** The module ids of every table held, numbered. */
    final PairTable.Modules modules = new PairTable.Modules();
    /** Whether the service has asked: then reloads load its set. */
    volatile boolean serviceWanted;
    volatile boolean serviceTooLarge;
    private volatile @Nullable Entry service;
    /** How many times the feed has heard of changes: a load that began before the last one is not kept. */
    private volatile long heard;

    Store(int maxEntries) {
      this.maxEntries = maxEntries;
    }

    long heard() {
      return heard;
    }

    synchronized void hear() {
      heard++;
    }

    /** Numbers the catalog's module ids, so that calls naming them skip the slug check. */
    synchronized void catalog(Set<String> moduleIds) {
      moduleIds.forEach(modules::intern);
    }

    /** Keeps a load made on a miss, unless the feed heard of a change since it began (then it may be stale). */
    synchronized void putUnlessHeardSince(Identity who, Pairs pairs, long heardBefore) {
      if (heard == heardBefore) {
        put(who, pairs);
      }
    }

    /** The identities of these users that are held, each as it was loaded. */
    List<Identity> identitiesOf(Set<UUID> userIds) {
      List<Identity> held = new ArrayList<>();
      for (UUID id : userIds) {
        Entry entry = users.get(id);
        if (entry != null) {
          held.add(entry.identity);
        }
      }
      return held;
    }

    /**
     * A caller's entry: loaded with exactly these claims, its pairs, and their number (its weight).
     * Immutable (final fields: safely read without a lock).
     */
    static final class Entry {
      final Identity identity;
      final long[] table;
      final int count;
      /** Whether the identity is what {@code asUser} makes (so {@link Snapshot#user} may hand it out). */
      final boolean plain;
      /**
       * For a caller that sees one organization whose modules are all numbered below 128 (most users): that
       * organization's bits and its modules as two bit masks, so that a hit reads no array at all.
       */
      private final boolean single;
      private final long orgMsb;
      private final long orgLsb;
      private final long low;
      private final long high;

      Entry(Identity identity, long[] table, int count, boolean plain) {
        this.identity = identity;
        this.table = table;
        this.count = count;
        this.plain = plain;
        long[] one = PairTable.single(table);
        this.single = one != null;
        this.orgMsb = one == null ? 0 : one[0];
        this.orgLsb = one == null ? 0 : one[1];
        this.low = one == null ? 0 : one[2];
        this.high = one == null ? 0 : one[3];
      }

      /** Whether the caller sees (the organization with these bits, the module of this index). Allocates nothing. */
      boolean contains(long msb, long lsb, int module) {
        if (!single) {
          return PairTable.contains(table, msb, lsb, module);
        }
        long mask = module < 64 ? low : module < 128 ? high : 0;
        return msb == orgMsb && lsb == orgLsb && (mask >>> (module & 63) & 1) != 0;
      }
    }

    /**
     * The entry loaded with exactly this identity's claims, or {@code null}. The hot path: {@code
     * userId} is {@code who.userId()}, passed by the scope so that the identity itself is not read
     * (a held identity is compared by reference first).
     */
    @Nullable Entry entryOf(Identity who, @Nullable UUID userId) {
      if (userId == null) {
        return service;
      }
      Entry entry = users.get(userId);
      return entry != null && (entry.identity == who || entry.identity.claims().equals(who.claims())) ? entry : null;
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

    /**
     * Holds a caller's set, replacing (and uncounting) what it held. A set heavier than the bound is
     * not held, and the caller's previous set is dropped with it: entries are replaced in place by
     * targeted reloads, so a set kept from before would answer what the database no longer would.
     */
    synchronized void put(Identity who, Pairs pairs) {
      int weight = pairs.count() + 1;
      boolean fits = weight <= maxEntries;
      UUID userId = who.userId();
      Entry held = fits ? new Entry(who, pairs.table(modules), pairs.count(), userId != null && who.equals(Identity.user(userId)))
          : null;
      if (userId == null) {
        serviceWanted = true;
        Entry old = service;
        service = held;
        if (old != null) {
          size.addAndGet(-old.count - 1);
        }
        if (!fits) {
          serviceTooLarge = true;
          LOG.log(System.Logger.Level.WARNING, "Module Registry snapshot: the service sees " + pairs.count()
              + " enabled installations, more than maxEntries (" + maxEntries + "); the service's isEnabled"
              + " goes to the database. Raise maxEntries to keep them in memory.");
          return;
        }
        size.addAndGet(weight);
      } else {
        Entry old = fits ? users.put(userId, held) : users.remove(userId);
        if (old != null) {
          size.addAndGet(-old.count - 1);
        } else if (fits) {
          order.add(userId);
        }
        if (fits) {
          size.addAndGet(weight);
        }
      }
      while (size.get() > maxEntries) {
        UUID oldest = order.poll();
        if (oldest == null) {
          break;
        }
        Entry evicted = users.remove(oldest);
        if (evicted != null) {
          size.addAndGet(-evicted.count - 1);
        }
      }
    }
  }
}
