package io.moduleregistry.spring;

import io.moduleregistry.schema.RegistrySchema;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The registry's migrations at startup ({@code module-registry.migration.enabled=true}). The
 * migration bean is a database initializer to Spring Boot ({@link RegistryMigrationDetector}, ordered
 * before Boot's own), so the application's Flyway or Liquibase, its {@code schema.sql}, and every
 * bean that depends on database initialization (a {@code JdbcTemplate}, a jOOQ {@code DSLContext},
 * JPA, the {@code ModuleRegistry}) are created after it. Shared by both starters.
 */
@AutoConfiguration(before = ModuleRegistryAutoConfiguration.class, afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConditionalOnProperty(prefix = "module-registry", name = "enabled", matchIfMissing = true)
@Import(DatabaseInitializationDependencyConfigurer.class)
@EnableConfigurationProperties(ModuleRegistryProperties.class)
public class ModuleRegistryMigrationAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public ModuleRegistryMigrationAutoConfiguration() {
  }

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
      return new RegistryMigration(new DriverManagerDataSource(url,
          first(m.getUsername(), environment.getProperty("spring.flyway.user")),
          first(m.getPassword(), environment.getProperty("spring.flyway.password"))));
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
}
