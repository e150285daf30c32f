package io.moduleregistry.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.moduleregistry.CallListener;
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
    return (operation, nanos, outcome) -> {
      MeterRegistry registry = meters.getIfAvailable();
      if (registry != null) {
        Timer.builder(TIMER).description("Module Registry calls")
            .tag("operation", operation)
            .tag("outcome", outcome.tag())
            .register(registry).record(nanos, TimeUnit.NANOSECONDS);
      }
    };
  }
}
