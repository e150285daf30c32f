package io.moduleregistry.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.moduleregistry.CallListener;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer timers {@value #TIMER} per operation and outcome ({@code success}, {@code refused}
 * for a write RLS filtered, or the failure's error code in lower case), when Micrometer is there
 * and the application has a {@link MeterRegistry}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MeterRegistry.class)
class RegistryMetricsConfiguration {

  /** The timer's name. */
  static final String TIMER = "module.registry.calls";

  @Bean
  CallListener moduleRegistryMetrics(ObjectProvider<MeterRegistry> meters) {
    return new Timers(meters);
  }

  /**
   * One timer per operation and outcome, looked up once and kept: a call on the hot path only
   * records. The MeterRegistry is resolved on the first call (after startup), not per call.
   */
  static final class Timers implements CallListener {

    private final ObjectProvider<MeterRegistry> meters;
    /** By operation, then outcome tag: two lookups, no key built per call. */
    private final Map<String, Map<String, Timer>> timers = new ConcurrentHashMap<>();
    private volatile Optional<MeterRegistry> registry;

    Timers(ObjectProvider<MeterRegistry> meters) {
      this.meters = meters;
    }

    @Override
    public void onCall(String operation, long nanos, CallListener.Outcome outcome) {
      Optional<MeterRegistry> found = registry;
      if (found == null) {
        found = Optional.ofNullable(meters.getIfAvailable());
        registry = found;
      }
      if (found.isEmpty()) {
        return;
      }
      MeterRegistry target = found.get();
      String tag = outcome.tag();
      timers.computeIfAbsent(operation, key -> new ConcurrentHashMap<>())
          .computeIfAbsent(tag, key -> Timer.builder(TIMER).description("Module Registry calls")
              .tag("operation", operation).tag("outcome", tag).register(target))
          .record(nanos, TimeUnit.NANOSECONDS);
    }
  }
}
