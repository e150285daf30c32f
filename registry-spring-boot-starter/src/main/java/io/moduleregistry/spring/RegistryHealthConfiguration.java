package io.moduleregistry.spring;

import io.moduleregistry.ModuleRegistry;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code moduleRegistry} health indicator, when Spring Boot Actuator is there. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
class RegistryHealthConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "moduleRegistryHealthIndicator")
  @ConditionalOnEnabledHealthIndicator("moduleRegistry")
  HealthIndicator moduleRegistryHealthIndicator(ModuleRegistry registry) {
    return new RegistryHealthIndicator(registry);
  }
}
