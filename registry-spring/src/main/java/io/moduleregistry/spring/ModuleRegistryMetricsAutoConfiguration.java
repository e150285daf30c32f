package io.moduleregistry.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.moduleregistry.CallListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer timers {@value #TIMER} per operation and outcome ({@code success}, {@code refused}
 * for a write RLS filtered, or the failure's error code in lower case), when the application has a
 * {@link MeterRegistry}: ordered after Spring Boot's metrics auto-configuration, which creates it,
 * and before the registry's, which takes the listener. Shared by both starters.
 */
@AutoConfiguration(before = ModuleRegistryAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration", // Boot 4
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"}) // Boot 3.5
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "module-registry", name = "enabled", matchIfMissing = true)
public class ModuleRegistryMetricsAutoConfiguration {

  /** The timer's name. */
  static final String TIMER = "module.registry.calls";

  /** Creates the auto-configuration; Spring Boot does. */
  public ModuleRegistryMetricsAutoConfiguration() {
  }

  /**
   * The listener recording each call.
   *
   * @param meters the application's meter registry
   * @return the listener
   */
  @Bean
  public CallListener moduleRegistryMetrics(MeterRegistry meters) {
    return new Timers(meters);
  }

  /** One timer per operation and outcome, looked up once and kept: a call on the hot path only records. */
  static final class Timers implements CallListener {

    private final MeterRegistry meters;
    /** By operation, then outcome tag: two lookups, no key built per call. */
    private final Map<String, Map<String, Timer>> timers = new ConcurrentHashMap<>();

    Timers(MeterRegistry meters) {
      this.meters = meters;
    }

    @Override
    public void onCall(String operation, long nanos, CallListener.Outcome outcome) {
      String tag = outcome.tag();
      timers.computeIfAbsent(operation, key -> new ConcurrentHashMap<>())
          .computeIfAbsent(tag, key -> Timer.builder(TIMER).description("Module Registry calls")
              .tag("operation", operation).tag("outcome", tag).register(meters))
          .record(nanos, TimeUnit.NANOSECONDS);
    }
  }
}
