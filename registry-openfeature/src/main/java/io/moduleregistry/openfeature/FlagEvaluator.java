package io.moduleregistry.openfeature;

import com.fasterxml.jackson.databind.JsonNode;
import dev.openfeature.sdk.ErrorCode;
import io.moduleregistry.Installation;
import io.moduleregistry.Module;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.RegistryException;
import io.moduleregistry.SnapshotListener;
import io.moduleregistry.SnapshotStats;
import io.moduleregistry.UserScope;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Answers flags from a {@link ModuleRegistry} for one caller in one organization, as RLS lets that
 * caller see them: the core of {@link RegistryFeatureProvider}, free of any framework so that a
 * remote evaluation endpoint ({@link Ofrep}) gives the very same answers.
 *
 * <h2>Keys</h2>
 * A module's id ({@code time-tracking}) is a boolean flag: {@code isEnabled} for the caller and
 * organization, {@code true} or {@code false}, never the caller's default (a default of {@code
 * true} must not switch a module on for someone who may not see it). A setting is the id, a dot
 * and a JSON Pointer without its leading slash: {@code time-tracking.rounding}, {@code
 * time-tracking.rounding/mode} for a field inside it, {@code time-tracking.} for all settings as
 * an object ({@code ~1} and {@code ~0} escape {@code /} and {@code ~} in a name, as RFC 6901 says).
 *
 * <h2>Answers</h2>
 * <table>
 *   <caption>reasons and errors</caption>
 *   <tr><th>when</th><th>value</th><th>reason</th><th>error code</th></tr>
 *   <tr><td>a module's flag, the snapshot live</td><td>{@code isEnabled}</td><td>{@code CACHED}</td><td></td></tr>
 *   <tr><td>a module's flag, no live snapshot</td><td>{@code isEnabled}</td><td>{@code TARGETING_MATCH}</td><td></td></tr>
 *   <tr><td>a setting of an enabled module</td><td>the setting</td><td>{@code TARGETING_MATCH}</td><td></td></tr>
 *   <tr><td>a setting that is not set (or JSON null)</td><td>default</td><td>{@code DEFAULT}</td><td></td></tr>
 *   <tr><td>a setting of a module not enabled for the caller (not installed, switched off,
 *       deactivated, or in an organization the caller cannot see)</td><td>default</td><td>{@code DISABLED}</td><td></td></tr>
 *   <tr><td>an id that is no module (or no slug)</td><td>default</td><td>{@code ERROR}</td><td>{@code FLAG_NOT_FOUND}</td></tr>
 *   <tr><td>a {@code ~} in the pointer that is no escape</td><td>default</td><td>{@code ERROR}</td><td>{@code PARSE_ERROR}</td></tr>
 *   <tr><td>no caller: no {@code targetingKey}, or the trusted {@link CallerSource} has none</td><td>default</td>
 *       <td>{@code ERROR}</td><td>{@code TARGETING_KEY_MISSING}</td></tr>
 *   <tr><td>a {@code targetingKey} that is no UUID, or names another user than the trusted caller; the
 *       organization attribute missing or no UUID</td><td>default</td><td>{@code ERROR}</td><td>{@code INVALID_CONTEXT}</td></tr>
 *   <tr><td>the database failed (unreachable, timed out, ...)</td><td>default</td><td>{@code ERROR}</td><td>{@code GENERAL}</td></tr>
 * </table>
 * The value's type ({@code TYPE_MISMATCH}) is the caller's to check. An organization the caller
 * cannot see answers as one where nothing is enabled: never another tenant's value, nor whether it
 * exists.
 *
 * <h2>Who asks</h2>
 * Without a {@link CallerSource}, the context's {@code targetingKey} is the user's id: right where
 * the service itself builds the context. Where a context comes from a client (a browser, a remote
 * evaluation request), give a {@code CallerSource} bound to the authenticated request: the
 * caller is then its scope, and a context whose {@code targetingKey} names anyone else is refused
 * with {@code INVALID_CONTEXT} rather than ignored, so that a client bug or probe shows.
 *
 * <p>Never throws from {@link #evaluate}; thread-safe. {@link #close()} it when done: it listens to
 * the registry's snapshot.
 */
public final class FlagEvaluator implements AutoCloseable {

  /** The context attribute that names the organization, unless the builder says otherwise. */
  public static final String DEFAULT_ORGANIZATION_ATTRIBUTE = "organization";

  /** How many user ids, and as many organization ids, the evaluator keeps parsed (about 100 bytes each). */
  static final int MAX_IDS = 4096;
  /** How many flag keys the evaluator keeps parsed. */
  static final int MAX_KEYS = 1024;
  /** How many (targetingKey, organization) pairs the evaluator keeps resolved to a scope and an id (about 150 bytes each). */
  static final int MAX_PAIRS = 4096;

  private final ModuleRegistry registry;
  private final String organizationAttribute;
  private final @Nullable CallerSource callerSource;
  private final Catalog catalog = new Catalog();
  // Parsed once per text, not per call: the hot path's parsing cost as much as the snapshot's answer.
  private final ParseCache<UUID> userIds = new ParseCache<>(MAX_IDS, FlagEvaluator::uuid);
  private final ParseCache<UUID> organizationIds = new ParseCache<>(MAX_IDS, FlagEvaluator::uuid);
  private final ParseCache<FlagKey> flagKeys = new ParseCache<>(MAX_KEYS, FlagKey::parse);
  // Without a CallerSource, a context's pair of texts always names the same caller and organization: resolved once.
  private final PairCache<Asker> askers = new PairCache<>(MAX_PAIRS);
  private final Watch watch;
  private volatile boolean live;

  private FlagEvaluator(Builder builder, @Nullable SnapshotListener downstream) {
    this.registry = builder.registry;
    this.organizationAttribute = builder.organizationAttribute;
    this.callerSource = builder.callerSource;
    this.watch = new Watch(downstream);
    registry.addSnapshotListener(watch);
    if (!watch.told) {
      live = registry.snapshotStats().map(SnapshotStats::live).orElse(false);
    }
  }

  /**
   * A builder over this registry.
   *
   * @param registry the registry, with a snapshot for answers from memory (reason {@code CACHED})
   * @return a builder with the defaults
   * @throws NullPointerException if the registry is {@code null}
   */
  public static Builder builder(ModuleRegistry registry) {
    return new Builder(registry);
  }

  /** Options for {@link FlagEvaluator} and {@link RegistryFeatureProvider}; every one has a default. */
  public static final class Builder {
    private final ModuleRegistry registry;
    private String organizationAttribute = DEFAULT_ORGANIZATION_ATTRIBUTE;
    private @Nullable CallerSource callerSource;

    private Builder(ModuleRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry must not be null");
    }

    /**
     * The evaluation context's attribute that holds the organization's id (default {@value
     * #DEFAULT_ORGANIZATION_ATTRIBUTE}).
     *
     * @param name the attribute's name
     * @return this builder
     * @throws NullPointerException if the name is {@code null}
     * @throws IllegalArgumentException if the name is blank or {@code targetingKey}: name another attribute
     */
    public Builder organizationAttribute(String name) {
      Objects.requireNonNull(name, "organization attribute must not be null");
      if (name.isBlank() || name.equals("targetingKey")) {
        throw new IllegalArgumentException("the organization attribute must be a non-blank name other than"
            + " targetingKey, got '" + name + "'");
      }
      this.organizationAttribute = name;
      return this;
    }

    /**
     * Takes the caller from a trusted source instead of the context's {@code targetingKey} (default:
     * none, the {@code targetingKey} is the user's id).
     *
     * @param source the caller of the evaluation under way
     * @return this builder
     * @throws NullPointerException if the source is {@code null}
     */
    public Builder callerSource(CallerSource source) {
      this.callerSource = Objects.requireNonNull(source, "callerSource must not be null");
      return this;
    }

    /**
     * Builds the evaluator; it starts listening to the registry's snapshot at once.
     *
     * @return the evaluator
     */
    public FlagEvaluator build() {
      return new FlagEvaluator(this, null);
    }

    ModuleRegistry registry() {
      return registry;
    }

    /** The provider's evaluator, telling the provider of the snapshot after its own state is updated. */
    FlagEvaluator build(SnapshotListener downstream) {
      return new FlagEvaluator(this, downstream);
    }
  }

  /**
   * The context attribute that names the organization.
   *
   * @return its name
   */
  public String organizationAttribute() {
    return organizationAttribute;
  }

  /**
   * Answers one flag for one caller in one organization (see the class comment for the keys and
   * answers). Never throws.
   *
   * @param key the flag's key
   * @param targetingKey the context's {@code targetingKey}: the user's id, or (with a {@link
   *     CallerSource}) {@code null} or the trusted caller's own id
   * @param organization the context's organization attribute: a {@link UUID} or its text
   * @return the answer; its value {@code null} where the caller's default applies
   */
  public Resolution evaluate(@Nullable String key, @Nullable String targetingKey, @Nullable Object organization) {
    if (key == null || key.isEmpty()) {
      return Resolution.error(ErrorCode.FLAG_NOT_FOUND, "the flag key is empty: name a module, e.g. 'time-tracking'");
    }
    try {
      Asker asker = asker(key, targetingKey, organization);
      return asker.error != null ? asker.error : answer(key, asker.caller, asker.orgId);
    } catch (RegistryException e) {
      return Resolution.error(ErrorCode.GENERAL, "flag '" + key + "' could not be answered: " + e.getMessage());
    } catch (RuntimeException e) {
      return Resolution.error(ErrorCode.GENERAL, "flag '" + key + "' could not be answered: " + e);
    }
  }

  /**
   * Answers every flag there is for one caller in one organization, as a client-side provider
   * fetches them at once (OFREP's bulk evaluation): each module of the catalog as its boolean flag,
   * and each top-level setting of each module enabled for the caller as {@code id.setting}. Never
   * throws.
   *
   * @param targetingKey as for {@link #evaluate}
   * @param organization as for {@link #evaluate}
   * @return the answers by key, in the catalog's order; or, when the context itself is wrong or the
   *     database failed, one error for all
   */
  public Bulk evaluateAll(@Nullable String targetingKey, @Nullable Object organization) {
    try {
      Asker asker = asker(null, targetingKey, organization);
      if (asker.error != null) {
        return new Bulk(Map.of(), asker.error);
      }
      Map<String, Resolution> flags = new LinkedHashMap<>();
      boolean cached = live;
      Map<String, Installation> installed = new HashMap<>();
      for (Installation i : asker.caller.installations(asker.orgId)) {
        installed.put(i.moduleId(), i);
      }
      for (Module module : asker.caller.modules()) {
        boolean on = asker.caller.isEnabled(asker.orgId, module.id());
        flags.put(module.id(), on ? (cached ? Resolution.ON_CACHED : Resolution.ON_QUERIED)
            : (cached ? Resolution.OFF_CACHED : Resolution.OFF_QUERIED));
        Installation installation = installed.get(module.id());
        if (on && installation != null && installation.enabled()) {
          installation.settings().properties().forEach(setting -> flags.put(module.id() + "." + escape(setting.getKey()),
              setting.getValue().isNull() ? Resolution.NOT_SET : Resolution.setting(setting.getValue())));
        }
      }
      return new Bulk(Collections.unmodifiableMap(flags), null);
    } catch (RegistryException e) {
      return new Bulk(Map.of(), Resolution.error(ErrorCode.GENERAL, "the flags could not be answered: " + e.getMessage()));
    } catch (RuntimeException e) {
      return new Bulk(Map.of(), Resolution.error(ErrorCode.GENERAL, "the flags could not be answered: " + e));
    }
  }

  /**
   * What {@link #evaluateAll} answers.
   *
   * @param flags the answers by key, in the catalog's order (empty when {@code error} is set)
   * @param error when the context is wrong or the database failed: one error for all, else {@code null}
   */
  public record Bulk(Map<String, Resolution> flags, @Nullable Resolution error) {}

  /** A setting's name as a key's pointer token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Who asks about which organization, or why that cannot be told. */
  private record Asker(@Nullable UserScope caller, @Nullable UUID orgId, @Nullable Resolution error) {
    static Asker refused(ErrorCode code, String message) {
      return new Asker(null, null, Resolution.error(code, message));
    }
  }

  /** Who asks (for the flag {@code key}, or all flags where it is {@code null}); messages are built on refusal only. */
  private Asker asker(@Nullable String key, @Nullable String targetingKey, @Nullable Object organization) {
    UserScope caller;
    if (callerSource != null) {
      caller = callerSource.caller();
      if (caller == null) {
        return Asker.refused(ErrorCode.TARGETING_KEY_MISSING, what(key)
            + ": answered for the authenticated caller only, and there is none: evaluate within an authenticated request");
      }
      if (targetingKey != null && !caller.userId().equals(userIds.get(targetingKey))) { // in capitals too
        return Asker.refused(ErrorCode.INVALID_CONTEXT, "the context's targetingKey '" + targetingKey
            + "' is not the authenticated caller: flags are answered for the caller only; leave targetingKey out");
      }
    } else {
      if (targetingKey != null && organization instanceof String text) {
        Asker known = askers.get(targetingKey, text);
        if (known != null) {
          return known;
        }
      }
      UUID userId = targetingKey == null ? null : userIds.get(targetingKey);
      if (userId == null) { // a blank key parses to nothing: told apart here, not read on every hit
        return targetingKey == null || targetingKey.isBlank()
            ? Asker.refused(ErrorCode.TARGETING_KEY_MISSING, what(key) + ": the context's targetingKey must be the user's id")
            : Asker.refused(ErrorCode.INVALID_CONTEXT, "the context's targetingKey '" + targetingKey
                + "' is not a user id (a UUID)");
      }
      caller = registry.asUser(userId);
    }
    UUID orgId = organization instanceof UUID id ? id : organization instanceof String text ? organizationIds.get(text) : null;
    if (orgId == null) {
      return Asker.refused(ErrorCode.INVALID_CONTEXT, organization == null
          ? what(key) + ": the context's attribute '" + organizationAttribute + "' must be the organization's id"
          : "the context's attribute '" + organizationAttribute + "' is not an organization id (a UUID): " + organization);
    }
    Asker asker = new Asker(caller, orgId, null);
    if (callerSource == null && organization instanceof String text) {
      askers.put(Objects.requireNonNull(targetingKey), text, asker); // a scope is immutable and valid for good
    }
    return asker;
  }

  /** What an error message names: the flag, or all flags. */
  private static String what(@Nullable String key) {
    return key == null ? "the flags" : "flag '" + key + "'";
  }

  private Resolution answer(String key, UserScope caller, UUID orgId) {
    // A key without a dot is a module's id as it is (FlagKey.parse): nothing to parse or look up for the boolean flag.
    FlagKey flag;
    if (key.indexOf('.') < 0) {
      flag = null;
    } else {
      try {
        flag = Objects.requireNonNull(flagKeys.get(key));
      } catch (IllegalArgumentException e) {
        return Resolution.error(ErrorCode.PARSE_ERROR, e.getMessage());
      }
    }
    String moduleId = flag == null ? key : flag.moduleId();
    boolean cached = live; // read before the call: a snapshot that goes stale during it answered from the database
    boolean on;
    try {
      on = caller.isEnabled(orgId, moduleId);
    } catch (IllegalArgumentException e) {
      return notFound(key, moduleId, flag);
    }
    if (!on && !catalog.contains(caller, moduleId)) {
      return notFound(key, moduleId, flag);
    }
    if (flag == null || flag.setting() == null) {
      return on ? (cached ? Resolution.ON_CACHED : Resolution.ON_QUERIED) : (cached ? Resolution.OFF_CACHED : Resolution.OFF_QUERIED);
    }
    if (!on) {
      return Resolution.NOT_ENABLED;
    }
    Optional<Installation> installation = caller.installation(orgId, moduleId);
    if (installation.isEmpty() || !installation.get().enabled()) {
      return Resolution.NOT_ENABLED; // switched off between the two reads
    }
    JsonNode value = installation.get().settings().at(flag.setting());
    return value.isMissingNode() || value.isNull() ? Resolution.NOT_SET : Resolution.setting(value);
  }

  /** The module's id is unknown; {@code flag} is the parsed key of a setting, {@code null} for a module's flag. */
  private static Resolution notFound(String key, String moduleId, @Nullable FlagKey flag) {
    return Resolution.error(ErrorCode.FLAG_NOT_FOUND, "flag '" + key + "': there is no module '" + moduleId
        + "' in the catalog: name a registered module's id" + (flag == null || flag.setting() == null ? ""
        : ", then a dot and the setting"));
  }

  private static @Nullable UUID uuid(String text) {
    if (text.length() != 36) {
      return null; // UUID.fromString also takes shortened forms ("1-2-3-4-5"); a user id is written in full
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Stops listening to the registry's snapshot (the registry itself stays open). Never fails; the
   * evaluator still answers afterwards, with reason {@code TARGETING_MATCH}.
   */
  @Override
  public void close() {
    registry.removeSnapshotListener(watch);
    live = false;
  }

  /** What this evaluator listens to the snapshot with (for the provider's shutdown test). */
  SnapshotListener watch() {
    return watch;
  }

  /** Follows the snapshot: whether answers come from memory, and when the catalog may have changed. */
  private final class Watch implements SnapshotListener {
    private final @Nullable SnapshotListener downstream;
    private volatile boolean told;
    private long lastVersion = -1;

    Watch(@Nullable SnapshotListener downstream) {
      this.downstream = downstream;
    }

    @Override
    public void reloaded(long changeVersion, Set<String> changedModules) {
      told = true;
      if (changeVersion != lastVersion) {
        catalog.forget();
        lastVersion = changeVersion;
      }
      live = true;
      if (downstream != null) {
        downstream.reloaded(changeVersion, changedModules);
      }
    }

    @Override
    public void stale(String why) {
      told = true;
      live = false;
      if (downstream != null) {
        downstream.stale(why);
      }
    }
  }
}
