package io.moduleregistry.spring;

import io.moduleregistry.schema.RegistrySchema;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The registry's migrations at startup, and their coexistence with Spring Boot's Flyway: the
 * registry's run first, in a history of their own; the application's Flyway then finds {@code
 * public} no longer empty, so it baselines at version 0 (before the application's first migration)
 * unless the application set {@code spring.flyway.baseline-on-migrate} itself.
 */
@Configuration(proxyBeanMethods = false)
class RegistryMigrationConfiguration {

  /** Migration on, registry-schema present: migrate as the owner. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(RegistrySchema.class)
  @ConditionalOnProperty(prefix = "module-registry.migration", name = "enabled", havingValue = "true")
  static class Migrate {

    @Bean(RegistryMigration.BEAN_NAME)
    RegistryMigration moduleRegistryMigration(ModuleRegistryProperties properties, Environment environment,
        ObjectProvider<DataSource> dataSources) {
      ModuleRegistryProperties.Migration m = properties.getMigration();
      String url = first(m.getUrl(), environment.getProperty("spring.flyway.url"));
      if (url == null) {
        DataSource main = dataSources.getIfUnique();
        if (main == null) {
          throw new IllegalStateException("module-registry.migration.enabled=true needs a DataSource to migrate with:"
              + " set module-registry.migration.url/username/password (the schema owner)");
        }
        return new RegistryMigration(main);
      }
      // Unpooled: a handful of connections, once, at startup; nothing holds owner credentials after.
      return new RegistryMigration(DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(url)
          .username(first(m.getUsername(), environment.getProperty("spring.flyway.user")))
          .password(first(m.getPassword(), environment.getProperty("spring.flyway.password")))
          .build());
    }

    private static String first(String a, String b) {
      return a != null && !a.isBlank() ? a : b;
    }
  }

  /** Migration on, registry-schema absent: fail startup saying what to add. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass("io.moduleregistry.schema.RegistrySchema")
  @ConditionalOnProperty(prefix = "module-registry.migration", name = "enabled", havingValue = "true")
  static class MissingSchema {

    @Bean(RegistryMigration.BEAN_NAME)
    RegistryMigration moduleRegistryMigration() {
      throw new IllegalStateException("module-registry.migration.enabled=true needs the migrations: add the dependency"
          + " io.moduleregistry:registry-schema (it brings Flyway)");
    }
  }

  /** With Spring Boot's Flyway: it runs after the registry's migrations and tolerates their tables. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({Flyway.class, FlywayMigrationInitializer.class})
  static class BootFlyway {

    @Bean
    static FlywayRunsAfterRegistry moduleRegistryFlywayOrder() {
      return new FlywayRunsAfterRegistry();
    }

    @Bean
    FlywayConfigurationCustomizer moduleRegistryFlywayBaseline(Environment environment) {
      return configuration -> {
        if (!environment.containsProperty("spring.flyway.baseline-on-migrate")
            && !environment.containsProperty("spring.flyway.baselineOnMigrate")) {
          configuration.baselineOnMigrate(true).baselineVersion("0");
        }
      };
    }
  }

  /** Makes Spring Boot's Flyway beans depend on the registry's migration when there is one. */
  static final class FlywayRunsAfterRegistry implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
      if (!beanFactory.containsBeanDefinition(RegistryMigration.BEAN_NAME)) {
        return;
      }
      for (Class<?> type : new Class<?>[] {Flyway.class, FlywayMigrationInitializer.class}) {
        for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
          BeanDefinition definition = beanFactory.getBeanDefinition(name);
          Set<String> dependsOn = new LinkedHashSet<>();
          if (definition.getDependsOn() != null) {
            dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
          }
          dependsOn.add(RegistryMigration.BEAN_NAME);
          definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
      }
    }
  }
}
