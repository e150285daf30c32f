package io.moduleregistry.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.CallListener;
import io.moduleregistry.ModuleRegistry;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The {@link ModuleRegistry} bean over the application's DataSource (or a dedicated one under
 * {@code module-registry.datasource.*}), and schema verification at startup (on by default). The
 * registry is created after every database initializer (the registry's migration, the
 * application's Flyway or Liquibase, {@code schema.sql}): Spring Boot's database-initialization
 * ordering, so its snapshot never logs in before a migration has created the login role. The
 * other concerns are auto-configurations of their own: migration, caller, guard, health, metrics.
 * Shared by both starters: Spring Boot 3.5 and 4 have every type named here at the same name.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration", // Boot 4
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration", // Boot 3.5
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"})
@ConditionalOnClass(ModuleRegistry.class)
@ConditionalOnProperty(prefix = "module-registry", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ModuleRegistryProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class ModuleRegistryAutoConfiguration {

  /** Name of the registry's own pool when {@code module-registry.datasource.url} is set. */
  public static final String POOL_NAME = "module-registry";

  /** Creates the auto-configuration; Spring Boot does. */
  public ModuleRegistryAutoConfiguration() {
  }

  /**
   * The registry. Calls inside a Spring transaction on the same DataSource join it unless {@code
   * module-registry.join-transactions=false}; every other call runs in a transaction of its own,
   * whatever the pool's autoCommit.
   *
   * @param properties the settings
   * @param dataSources the application's DataSource, used unless a dedicated one is configured
   * @param objectMappers the application's Jackson 2 mapper, if it has one (Spring Boot 3.5 does)
   * @param listeners call listeners (metrics), if any
   * @param dedicated the registry's own pool, when configured
   * @return the registry; closed with the context (which stops a snapshot, never the DataSource)
   * @throws IllegalStateException if there is neither an application DataSource nor {@code
   *     module-registry.datasource.url}
   * @throws IllegalArgumentException if a {@code module-registry.snapshot.*} setting is out of range, naming it
   */
  @Bean
  @ConditionalOnMissingBean
  @DependsOnDatabaseInitialization
  public ModuleRegistry moduleRegistry(ModuleRegistryProperties properties, ObjectProvider<DataSource> dataSources,
      ObjectProvider<ObjectMapper> objectMappers, ObjectProvider<CallListener> listeners,
      ObjectProvider<DedicatedPool> dedicated) {
    quietJooq();
    DedicatedPool own = dedicated.getIfAvailable();
    DataSource dataSource = own != null ? own.dataSource() : mainDataSource(dataSources);
    ModuleRegistry.Builder builder = ModuleRegistry.builder(dataSource)
        .connections(new SpringConnectionSource(dataSource, properties.isJoinTransactions()));
    objectMappers.ifAvailable(builder::objectMapper);
    if (properties.getSnapshot().isEnabled()) {
      builder.snapshot(properties.getSnapshot().settings());
    }
    listeners.orderedStream().forEach(builder::listener);
    if (properties.getCatalog().isSync()) {
      // the manifests synced at startup: their settings schemas are checked before any SQL
      builder.manifests(RegistryCatalogSync.read(properties.getCatalog().getLocation()));
    }
    return builder.build();
  }

  /**
   * Verifies the schema once every singleton, Spring Boot's Flyway included, is ready; a
   * mismatch fails startup with the migrations it misses.
   *
   * @param registry the registry
   * @return the check
   */
  @Bean
  @ConditionalOnProperty(prefix = "module-registry", name = "verify-schema", matchIfMissing = true)
  public RegistrySchemaCheck moduleRegistrySchemaCheck(ModuleRegistry registry) {
    return new RegistrySchemaCheck(registry);
  }

  /**
   * Registers the class path's module manifests at startup, when {@code module-registry.catalog.sync=true}.
   *
   * @param registry the registry
   * @param properties where the manifests are
   * @return the sync
   */
  @Bean
  @ConditionalOnProperty(prefix = "module-registry.catalog", name = "sync")
  public RegistryCatalogSync moduleRegistryCatalogSync(ModuleRegistry registry, ModuleRegistryProperties properties) {
    return new RegistryCatalogSync(registry, properties.getCatalog().getLocation());
  }

  /**
   * The registry's own pool, when {@code module-registry.datasource.url} is set; closed with the
   * context. Not a {@link DataSource} bean, so it never stands in for the application's own.
   *
   * @param properties the settings
   * @return the pool
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(prefix = "module-registry.datasource", name = "url")
  public DedicatedPool moduleRegistryPool(ModuleRegistryProperties properties) {
    ModuleRegistryProperties.Datasource dedicated = properties.getDatasource();
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(dedicated.getUrl());
    pool.setUsername(dedicated.getUsername());
    pool.setPassword(dedicated.getPassword());
    pool.setPoolName(POOL_NAME);
    pool.setMaximumPoolSize(dedicated.getMaximumPoolSize());
    return new DedicatedPool(pool);
  }

  /**
   * The pool of {@link #moduleRegistryPool}.
   *
   * @param dataSource the HikariCP pool
   */
  public record DedicatedPool(HikariDataSource dataSource) implements AutoCloseable {
    /** Closes the pool. */
    @Override
    public void close() {
      dataSource.close();
    }
  }

  /**
   * jOOQ's logo and tip of the day belong in a jOOQ user's console, not in a service's log where jOOQ
   * is the registry's detail; a value the application set itself wins.
   */
  static void quietJooq() {
    System.getProperties().putIfAbsent("org.jooq.no-logo", "true");
    System.getProperties().putIfAbsent("org.jooq.no-tips", "true");
  }

  private static DataSource mainDataSource(ObjectProvider<DataSource> main) {
    DataSource dataSource = main.getIfUnique();
    if (dataSource == null) {
      throw new IllegalStateException("Module Registry needs a DataSource: configure spring.datasource.* (or define one"
          + " DataSource bean), or module-registry.datasource.url/username/password for a pool of its own");
    }
    return dataSource;
  }
}
