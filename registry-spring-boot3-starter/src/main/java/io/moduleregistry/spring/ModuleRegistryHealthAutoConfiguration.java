package io.moduleregistry.spring;

import io.moduleregistry.ModuleRegistry;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code moduleRegistry} health indicator with Spring Boot 3.5's Actuator, beside Boot's own
 * health contributors ({@code management.health.moduleRegistry.enabled=false} turns it off).
 */
@AutoConfiguration(after = ModuleRegistryAutoConfiguration.class, before = HealthContributorAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(ModuleRegistry.class)
@ConditionalOnEnabledHealthIndicator(RegistryHealthCheck.NAME)
public class ModuleRegistryHealthAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public ModuleRegistryHealthAutoConfiguration() {
  }

  /**
   * The indicator.
   *
   * @param registry the registry
   * @return the indicator, named {@code moduleRegistry} in the health endpoint
   */
  @Bean
  @ConditionalOnMissingBean(name = "moduleRegistryHealthIndicator")
  public HealthIndicator moduleRegistryHealthIndicator(ModuleRegistry registry) {
    return new AbstractHealthIndicator("Module Registry health check failed") {
      @Override
      protected void doHealthCheck(Health.Builder builder) {
        RegistryHealthCheck check = RegistryHealthCheck.of(registry);
        (check.up() ? builder.up() : builder.down()).withDetail(check.detail(), check.message());
      }
    };
  }
}
