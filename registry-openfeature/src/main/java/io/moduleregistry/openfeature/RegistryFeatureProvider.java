package io.moduleregistry.openfeature;

import com.fasterxml.jackson.databind.JsonNode;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.EventProvider;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.ImmutableMetadata;
import dev.openfeature.sdk.Metadata;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.ProviderEventDetails;
import dev.openfeature.sdk.Reason;
import dev.openfeature.sdk.Value;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.SnapshotListener;
import io.moduleregistry.SnapshotStats;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An OpenFeature provider over a {@link ModuleRegistry}: a module's id is a boolean flag that is
 * {@code isEnabled} for the context's user ({@code targetingKey}) and organization (attribute
 * {@code organization}); a module's setting ({@code time-tracking.rounding}) is a string, number or
 * object flag. Keys, reasons and error codes are {@link FlagEvaluator}'s; a value of another type
 * than asked answers the default with {@code TYPE_MISMATCH}.
 *
 * <pre>{@code
 * OpenFeatureAPI.getInstance().setProviderAndWait(new RegistryFeatureProvider(registry));
 * Client flags = OpenFeatureAPI.getInstance().getClient();
 * boolean on = flags.getBooleanValue("time-tracking", false,
 *     new ImmutableContext(userId.toString(), Map.of("organization", new Value(orgId.toString()))));
 * }</pre>
 *
 * <h2>Events</h2>
 * Ready once initialized (answers are exact from the start: until the snapshot is live they come
 * from the database). With a snapshot ({@link ModuleRegistry.Builder#snapshot}):
 * <ul>
 *   <li>{@code PROVIDER_CONFIGURATION_CHANGED} after each reload that saw a change committed
 *       anywhere (through this registry or any other writer), its {@code flagsChanged} the module
 *       ids whose enablement changed for the callers the snapshot holds; absent when none is known
 *       (a change of settings only): then any flag may have changed. A setting's flag
 *       ({@code id.setting}) follows its module's id;</li>
 *   <li>{@code PROVIDER_STALE} when the snapshot cannot vouch for freshness (its connection was
 *       lost, a reload failed, the registry was closed); answers go on, exactly, from the database
 *       (reason {@code TARGETING_MATCH});</li>
 *   <li>{@code PROVIDER_READY} again when it has reloaded after that.</li>
 * </ul>
 * {@link #shutdown()} stops listening to the registry and stops the event thread; it does not close
 * the registry, which is the application's. The SDK's event thread does not restart: to use the
 * registry again, set a new provider.
 */
public final class RegistryFeatureProvider extends EventProvider {

  /** The provider's name in OpenFeature's metadata. */
  public static final String NAME = "module-registry";

  private final FlagEvaluator.Builder options;
  private final Object lifecycle = new Object();
  private volatile @Nullable FlagEvaluator evaluator;

  /**
   * A provider with the defaults: the caller from the context's {@code targetingKey}, the
   * organization from its attribute {@code organization}.
   *
   * @param registry the registry, with a snapshot for answers from memory and change events
   * @throws NullPointerException if the registry is {@code null}
   */
  public RegistryFeatureProvider(ModuleRegistry registry) {
    this(FlagEvaluator.builder(registry));
  }

  /**
   * A provider with these options, e.g. a trusted {@link CallerSource} or another organization
   * attribute.
   *
   * @param options the evaluator's options
   * @throws NullPointerException if the options are {@code null}
   */
  public RegistryFeatureProvider(FlagEvaluator.Builder options) {
    this.options = Objects.requireNonNull(options, "options must not be null");
  }

  /** The evaluator while initialized, else {@code null} (for the tests). */
  @Nullable FlagEvaluator evaluator() {
    return evaluator;
  }

  @Override
  public Metadata getMetadata() {
    return () -> NAME;
  }

  /**
   * Starts listening to the registry's snapshot; opens no connection and never fails.
   *
   * @param context ignored: every evaluation names its own caller and organization
   */
  @Override
  public void initialize(EvaluationContext context) {
    synchronized (lifecycle) {
      if (evaluator == null) {
        evaluator = options.build(new Events(options.registry()));
      }
    }
  }

  /** Stops listening to the registry's snapshot and stops the event thread; never fails. */
  @Override
  public void shutdown() {
    synchronized (lifecycle) {
      FlagEvaluator current = evaluator;
      evaluator = null;
      if (current != null) {
        current.close();
      }
    }
    super.shutdown();
  }

  @Override
  public ProviderEvaluation<Boolean> getBooleanEvaluation(String key, Boolean defaultValue, EvaluationContext ctx) {
    return typed(key, defaultValue, ctx, JsonValues::bool, "a boolean");
  }

  @Override
  public ProviderEvaluation<String> getStringEvaluation(String key, String defaultValue, EvaluationContext ctx) {
    return typed(key, defaultValue, ctx, JsonValues::string, "a string");
  }

  @Override
  public ProviderEvaluation<Integer> getIntegerEvaluation(String key, Integer defaultValue, EvaluationContext ctx) {
    return typed(key, defaultValue, ctx, JsonValues::integer, "an integer within int's range");
  }

  @Override
  public ProviderEvaluation<Double> getDoubleEvaluation(String key, Double defaultValue, EvaluationContext ctx) {
    return typed(key, defaultValue, ctx, JsonValues::decimal, "a finite number");
  }

  @Override
  public ProviderEvaluation<Value> getObjectEvaluation(String key, Value defaultValue, EvaluationContext ctx) {
    return typed(key, defaultValue, ctx, JsonValues::value, "a JSON value");
  }

  /** What the evaluator answers, typed; never throws, as the specification requires. */
  private <T> ProviderEvaluation<T> typed(String key, T defaultValue, @Nullable EvaluationContext ctx,
      Function<JsonNode, @Nullable T> type, String expected) {
    Resolution r;
    FlagEvaluator current = evaluator;
    if (current == null) {
      r = Resolution.error(ErrorCode.PROVIDER_NOT_READY, "the Module Registry provider is not initialized, or shut down:"
          + " set it with OpenFeatureAPI.setProviderAndWait");
    } else if (ctx == null) {
      r = current.evaluate(key, null, null);
    } else {
      String targetingKey;
      Value organization;
      if (ctx instanceof ImmutableContext immutable) {
        // Its getValue and getTargetingKey clone the value they return, ~50 ns each (as much as the snapshot's
        // whole answer); its map view is the same values, read here without a copy (and never kept or changed).
        Map<String, Value> attributes = immutable.asUnmodifiableMap();
        Value targeting = attributes.get(EvaluationContext.TARGETING_KEY); // where getTargetingKey reads it
        targetingKey = targeting == null ? null : targeting.asString();
        organization = attributes.get(current.organizationAttribute());
      } else {
        targetingKey = ctx.getTargetingKey();
        organization = ctx.getValue(current.organizationAttribute());
      }
      r = current.evaluate(key, targetingKey,
          organization == null ? null : organization.isString() ? organization.asString() : organization);
    }
    if (r.errorCode() != null) {
      return error(defaultValue, r.errorCode(), r.errorMessage());
    }
    JsonNode value = r.value();
    if (value == null) {
      return new ProviderEvaluation<>(defaultValue, null, r.reason(), null, null, ImmutableMetadata.EMPTY);
    }
    T typedValue;
    try {
      typedValue = type.apply(value);
    } catch (RuntimeException e) {
      return error(defaultValue, ErrorCode.GENERAL, "flag '" + key + "' could not be converted: " + e);
    }
    if (typedValue == null) {
      return error(defaultValue, ErrorCode.TYPE_MISMATCH, "flag '" + key + "' is " + value.getNodeType()
          .name().toLowerCase(Locale.ROOT) + " " + abbreviate(value) + ", not " + expected
          + ": ask for it with the evaluation method of its type");
    }
    // The constructor, not the builder: one object fewer on the hot path (field order: value, variant, reason,
    // errorCode, errorMessage, flagMetadata).
    return new ProviderEvaluation<>(typedValue, r.variant(), r.reason(), null, null, ImmutableMetadata.EMPTY);
  }

  private static <T> ProviderEvaluation<T> error(T defaultValue, ErrorCode code, @Nullable String message) {
    return ProviderEvaluation.<T>builder().value(defaultValue).reason(Reason.ERROR.name()).errorCode(code)
        .errorMessage(message).build();
  }

  private static String abbreviate(JsonNode value) {
    String text = value.toString();
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  /** The snapshot's news as provider events; runs on the snapshot's thread, and emitting hands off to the SDK's. */
  private final class Events implements SnapshotListener {
    private boolean stale;
    private long lastVersion;

    /** From the change the snapshot has loaded now: a change before the provider started is no news to it. */
    Events(ModuleRegistry registry) {
      this.lastVersion = registry.snapshotStats().map(SnapshotStats::changeVersion).orElse(-1L);
    }

    @Override
    public synchronized void reloaded(long changeVersion, Set<String> changedModules) {
      if (stale) {
        stale = false;
        emitProviderReady(ProviderEventDetails.builder()
            .message("the Module Registry snapshot reloaded and answers from memory again").build());
      }
      if (lastVersion >= 0 && changeVersion > lastVersion) {
        ProviderEventDetails.ProviderEventDetailsBuilder<?, ?> details = ProviderEventDetails.builder()
            .message("Module Registry changed (change " + changeVersion + ")");
        if (!changedModules.isEmpty()) {
          details.flagsChanged(List.copyOf(new TreeSet<>(changedModules)));
        }
        emitProviderConfigurationChanged(details.build());
      }
      lastVersion = Math.max(lastVersion, changeVersion);
    }

    @Override
    public synchronized void stale(String why) {
      if (!stale) {
        stale = true;
        emitProviderStale(ProviderEventDetails.builder()
            .message("the Module Registry snapshot cannot vouch for freshness (" + why
                + "); answers come from the database meanwhile").build());
      }
    }
  }
}
