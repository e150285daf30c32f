package io.moduleregistry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.moduleregistry.db.RegistryMigrations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Module Registry's facade: which modules exist, which an organization has installed and enabled,
 * with which settings; and changes to all of that, with every access checked by PostgreSQL
 * row-level security.
 *
 * <pre>{@code
 * ModuleRegistry registry = ModuleRegistry.create(dataSource);   // HikariCP recommended
 * registry.verifySchema();
 * if (registry.asUser(userId).isEnabled(orgId, "agency")) { ... }
 * }</pre>
 *
 * <p>The data source should log in as a role with no table privileges of its own that may switch
 * to {@code authenticated} and {@code service_role} (Supabase's {@code authenticator}, or the
 * {@code registry_app} role the README shows). Each call runs as the scope's role, with the
 * scope's claims, in one round trip and one transaction; nothing of it outlives that transaction on
 * the pooled connection. With PgBouncer or Supavisor in transaction mode, add {@code
 * prepareThreshold=0} to the JDBC URL.
 *
 * <p>Instances are immutable and thread-safe; create one per data source and share it. With a
 * {@linkplain Builder#snapshot(SnapshotSettings) snapshot}, {@link #close()} it when done.
 */
public final class ModuleRegistry implements AutoCloseable {

  private final DataSource dataSource;
  private final ScopedExecutor executor;
  private final SettingsCodec codec;
  private final Statements statements;
  private final ServiceScope service;
  private final @Nullable Snapshot snapshot;
  private final @Nullable ChangeFeed changes;
  private final SettingsContracts contracts;

  private ModuleRegistry(Builder builder) {
    this.dataSource = builder.dataSource;
    this.executor = new ScopedExecutor(
        builder.connections != null ? builder.connections : ConnectionSource.of(dataSource), builder.listeners);
    this.codec = new SettingsCodec(builder.objectMapper);
    // jOOQ builds every statement once, here; calls only bind and run them (see PreparedCall).
    this.statements = new Statements(DSL.using(SQLDialect.POSTGRES, new Settings()
        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
        .withRenderSchema(true)), new Rows(codec));
    this.snapshot = builder.snapshot == null ? null : new Snapshot(builder.snapshot, executor, statements);
    this.changes = builder.snapshot == null ? null : ChangeFeed.start(snapshot, builder.snapshot, dataSource);
    this.contracts = SettingsContracts.of(builder.manifests);
    this.service = new DefaultServiceScope(executor, statements, codec, snapshot, contracts);
  }

  /**
   * A registry with the defaults over this data source.
   *
   * @param dataSource connects as the service's login role (see the class comment)
   * @return the registry
   * @throws NullPointerException if the data source is {@code null}
   */
  public static ModuleRegistry create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * A builder over this data source.
   *
   * @param dataSource connects as the service's login role (see the class comment)
   * @return a builder with the defaults
   * @throws NullPointerException if the data source is {@code null}
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** Options for {@link ModuleRegistry}; every one has a default. */
  public static final class Builder {
    private final DataSource dataSource;
    private ObjectMapper objectMapper = JsonMapper.builder().findAndAddModules().build();
    private @Nullable ConnectionSource connections;
    private final List<CallListener> listeners = new ArrayList<>();
    private @Nullable SnapshotSettings snapshot;
    private List<ModuleManifest> manifests = List.of();

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
    }

    /**
     * The Jackson mapper that turns settings into JSON and back (default: a {@code JsonMapper}
     * with every module on the classpath, e.g. java.time support). Use your application's mapper
     * so that settings serialize as the rest of your JSON does.
     *
     * @param objectMapper the mapper
     * @return this builder
     * @throws NullPointerException if the mapper is {@code null}
     */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper must not be null");
      return this;
    }

    /**
     * How calls get connections and whether they join a caller's transaction (default: {@link
     * ConnectionSource#of(DataSource)} over the builder's data source: every call gets a pooled
     * connection and runs in a transaction of its own, whatever the pool's autoCommit). The Spring
     * Boot starter sets one that joins Spring-managed transactions.
     *
     * @param connections the source; its connections must reach the builder's data source's database
     * @return this builder
     * @throws NullPointerException if the source is {@code null}
     */
    public Builder connections(ConnectionSource connections) {
      this.connections = Objects.requireNonNull(connections, "connections must not be null");
      return this;
    }

    /**
     * Adds a listener told of every statement (default: none), e.g. for metrics.
     *
     * @param listener the listener; fast, and never throwing
     * @return this builder
     * @throws NullPointerException if the listener is {@code null}
     */
    public Builder listener(CallListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
      return this;
    }

    /**
     * Answers {@code isEnabled}, for users and for the service, from an in-process snapshot (default:
     * off, every call is a round trip). Each caller's entry is loaded by that caller's own RLS-scoped
     * query on its first call, so an answer from memory is the one the uncached call gives. The
     * database pushes every committed change (LISTEN/NOTIFY on a connection outside the pool, or a
     * poll of the change log through the pool behind a transaction-mode pooler), naming what
     * changed, and the snapshot reloads the cached callers the change can affect, replacing each
     * entry whole: a change made anywhere shows within about 250 ms; a write through this registry
     * shows at once. While it cannot vouch for freshness (starting, its connection lost, or the
     * change counter ahead of what it heard) every call goes to the database. Needs the migration
     * {@code targeted_change_notifications}; {@link ModuleRegistry#snapshotStats()} tells what it does.
     *
     * @param settings the snapshot's settings, e.g. {@link SnapshotSettings#defaults()}
     * @return this builder
     * @throws NullPointerException if the settings are {@code null}
     */
    public Builder snapshot(SnapshotSettings settings) {
      this.snapshot = Objects.requireNonNull(settings, "settings must not be null");
      return this;
    }

    /**
     * The module manifests whose settings schemas this registry checks before any SQL (default:
     * none): {@code install} (with the manifest's defaults merged under the settings given, as the
     * database stores them) and {@code replaceSettings} of a module whose manifest has a {@code
     * settings.schema} are refused with {@link InvalidSettingsException}, with the database's own
     * message, before anything is sent. The database is the final judge: it holds every writer to
     * the schema in its catalog (registered by {@link ServiceScope#syncCatalog}), and checks {@code
     * mergeSettings} patches on their result. Pass the manifests the service syncs; if they differ
     * from the catalog (a version skew during a rollout), the database's verdict wins: settings this
     * check lets through may still be refused there, and settings the catalog's schema allows may be
     * refused here until the manifests are updated.
     *
     * @param manifests the manifests, e.g. {@link ModuleManifests#read}'s; replaces any given before
     * @return this builder
     * @throws NullPointerException if the collection or one of its manifests is {@code null}
     */
    public Builder manifests(Collection<ModuleManifest> manifests) {
      this.manifests = List.copyOf(Objects.requireNonNull(manifests, "manifests must not be null"));
      return this;
    }

    /**
     * Builds the registry; no connection is opened until the first call, so nothing here fails
     * for an unreachable database (see {@link ModuleRegistry#verifySchema()} to fail fast). With a
     * snapshot, its thread starts here and connects in the background; meanwhile calls go to the
     * database. To choose between LISTEN and polling, {@link SnapshotSettings.Refresh#AUTO} and
     * {@code LISTEN} first open the listener's connection here and send it a probe notification
     * (a few milliseconds when the database answers; a connection that fails is logged, not thrown,
     * and retried by the thread).
     *
     * @return the registry
     * @throws IllegalArgumentException if the snapshot must LISTEN ({@link SnapshotSettings.Refresh#LISTEN})
     *     but has no connection outside the pool: give {@link SnapshotSettings.Builder#listenConnection}
     */
    public ModuleRegistry build() {
      return new ModuleRegistry(this);
    }
  }

  /**
   * Acts as a signed-in user: role {@code authenticated}, claims {@code {"sub": userId, "role":
   * "authenticated"}}.
   *
   * @param userId the user, as {@code auth.uid()} will see it
   * @return a scope; cheap, immutable, thread-safe
   * @throws NullPointerException if the user id is {@code null}
   */
  public UserScope asUser(UUID userId) {
    Objects.requireNonNull(userId, "userId must not be null");
    Identity identity = snapshot != null ? snapshot.user(userId) : Identity.user(userId);
    return new DefaultUserScope(identity, userId, executor, statements, codec, snapshot, contracts);
  }

  /**
   * Acts as the caller whose verified JWT claims these are (for example Supabase's access token
   * payload, after your service verified its signature). They are sent as they are, as a bound
   * parameter, so policies that read other claims see them too.
   *
   * @param claimsJson exactly one JSON object, nothing after it, with a UUID {@code sub} and no
   *     character U+0000 (which PostgreSQL's {@code jsonb} cannot read)
   * @return a scope; cheap, immutable, thread-safe
   * @throws NullPointerException if the claims are {@code null}
   * @throws IllegalArgumentException before any SQL, naming the problem, if the claims break that
   *     rule: pass the verified token's payload as it is
   */
  public UserScope asClaims(String claimsJson) {
    UUID sub = codec.claimsSubject(claimsJson);
    return new DefaultUserScope(Identity.claims(claimsJson, sub), sub, executor, statements, codec, snapshot,
        contracts);
  }

  /**
   * Acts as the service: role {@code service_role}, which bypasses RLS, and no claims. For
   * back-office work and the catalog; never hand it a user's request.
   *
   * @return the service scope
   */
  public ServiceScope asService() {
    return service;
  }

  /**
   * Checks that every Module Registry migration this library was built with is applied to the
   * database, whether Flyway or {@code psql} applied it. The application's own migrations, in a
   * Flyway history of their own or added to the registry's, are ignored.
   *
   * @throws SchemaMismatchException naming the migrations that are missing (run {@code
   *     RegistrySchema.migrate} as the database owner) or unknown to this library (the database is
   *     newer: upgrade the library)
   * @throws RegistryUnavailableException if the database cannot be reached: retry later
   * @throws RegistryException (code {@link RegistryErrorCode#UNEXPECTED}) if the login role may not
   *     switch to {@code service_role}: grant it (see the README's login role)
   */
  public void verifySchema() {
    List<String> expected = RegistryMigrations.VERSIONS;
    String latest = expected.get(expected.size() - 1);
    List<String> applied;
    try {
      applied = executor.run(statements.appliedMigrations, Identity.SERVICE, Action.VERIFY_SCHEMA, Target.NONE);
    } catch (RegistryException e) {
      if (!SqlErrors.isMissingObject(e)) {
        throw e; // unreachable, or a login role that may not switch to service_role: say so, not "no migrations"
      }
      applied = List.of(); // no module_registry schema or function: nothing of ours applied
    }
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(applied);
    List<String> unknown = new ArrayList<>(applied);
    unknown.removeAll(expected);
    if (missing.isEmpty() && unknown.isEmpty()) {
      return;
    }
    String found = applied.isEmpty() ? "none" : applied.get(applied.size() - 1) + " (" + applied.size() + " applied)";
    StringBuilder message = new StringBuilder("the database's Module Registry migrations are " + found
        + " but this library expects " + latest + " (" + expected.size() + " migrations)");
    if (!missing.isEmpty()) {
      message.append("; missing: ").append(String.join(", ", missing))
          .append(": run RegistrySchema.migrate(dataSource) as the database owner");
    }
    if (!unknown.isEmpty()) {
      message.append("; unknown to this library: ").append(String.join(", ", unknown))
          .append(": upgrade Module Registry to the version that ships the database's migrations");
    }
    throw new SchemaMismatchException(message.append('.').toString(), null, null, null);
  }

  /**
   * The snapshot itself, for this package's tests: they drive its reloads deterministically (at a
   * chosen moment, on their own thread) where waiting for the feed's would race with it.
   */
  @Nullable Snapshot snapshot() {
    return snapshot;
  }

  /**
   * What the snapshot has done: hits, misses, reloads, connection losses, entries and the lag from
   * a change to its reload.
   *
   * @return the snapshot's counters, or empty if the registry was built without one
   */
  public java.util.Optional<SnapshotStats> snapshotStats() {
    return snapshot == null ? java.util.Optional.empty() : java.util.Optional.of(snapshot.stats());
  }

  /**
   * Tells the listener what the snapshot does from now on: each reload (with the modules whose
   * enablement changed) and each time it goes stale, on the snapshot's thread. Adding the same
   * listener twice tells it twice.
   *
   * @param listener fast and never throwing (one that throws is logged and ignored)
   * @return {@code true} if the registry has a snapshot to tell of; {@code false} if it was built
   *     without one, and the listener will never be told anything
   * @throws NullPointerException if the listener is {@code null}
   */
  public boolean addSnapshotListener(SnapshotListener listener) {
    Objects.requireNonNull(listener, "listener must not be null");
    if (snapshot == null) {
      return false;
    }
    snapshot.addListener(listener);
    return true;
  }

  /**
   * Stops telling a listener added with {@link #addSnapshotListener}; a reload under way may still
   * tell it once. Never fails.
   *
   * @param listener the listener
   * @return whether it was registered (once is removed per call)
   */
  public boolean removeSnapshotListener(SnapshotListener listener) {
    return snapshot != null && listener != null && snapshot.removeListener(listener);
  }

  /**
   * Stops the snapshot's thread and closes its listener connection; the registry's calls then go
   * to the database. Does nothing without a snapshot, and never closes the data source. Never fails.
   */
  @Override
  public void close() {
    if (changes != null) {
      changes.close();
      snapshot.stop();
    }
  }

  /**
   * The data source this registry was built over.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }
}
