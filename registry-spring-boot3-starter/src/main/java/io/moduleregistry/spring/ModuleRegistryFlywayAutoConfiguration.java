package io.moduleregistry.spring;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * With Spring Boot 3.5's Flyway and the registry migrating at startup: the application's Flyway
 * then finds {@code public} holding the registry's tables, so it baselines at version 0 (before the
 * application's first migration) unless the application set {@code
 * spring.flyway.baseline-on-migrate} itself. The order of the two is Boot's database
 * initialization's (see {@link ModuleRegistryMigrationAutoConfiguration}).
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass({Flyway.class, FlywayConfigurationCustomizer.class})
@ConditionalOnProperty(prefix = "module-registry.migration", name = "enabled", havingValue = "true")
public class ModuleRegistryFlywayAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public ModuleRegistryFlywayAutoConfiguration() {
  }

  /**
   * Baseline at 0 unless the application chose.
   *
   * @param environment the application's settings
   * @return the customizer
   */
  @Bean
  public FlywayConfigurationCustomizer moduleRegistryFlywayBaseline(Environment environment) {
    return configuration -> {
      if (RegistryMigration.baselineUnset(environment)) {
        configuration.baselineOnMigrate(true).baselineVersion("0");
      }
    };
  }
}
