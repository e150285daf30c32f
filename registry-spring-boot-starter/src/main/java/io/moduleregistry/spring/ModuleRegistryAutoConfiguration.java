package io.moduleregistry.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.CallListener;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.SnapshotSettings;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The {@link ModuleRegistry} bean over the application's DataSource (or a dedicated one under
 * {@code module-registry.datasource.*}), with the application's {@link ObjectMapper}; schema
 * verification at startup (on by default); optional migration before Spring Boot's own Flyway.
 * The other parts (the caller's scope, the controller guard, health, metrics) switch on with their
 * libraries: see the classes imported here.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, JacksonAutoConfiguration.class})
@ConditionalOnClass(ModuleRegistry.class)
@ConditionalOnProperty(prefix = "module-registry", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ModuleRegistryProperties.class)
@Import({RegistryMigrationConfiguration.class, CallerScopeConfiguration.class, ModuleGuardConfiguration.class,
    RegistryHealthConfiguration.class, RegistryMetricsConfiguration.class})
public class ModuleRegistryAutoConfiguration {

  /** Name of the registry's own pool when {@code module-registry.datasource.url} is set. */
  public static final String POOL_NAME = "module-registry";

  /**
   * The registry. Calls inside a Spring transaction on the same DataSource join it unless {@code
   * module-registry.join-transactions=false}; every other call runs in a transaction of its own,
   * whatever the pool's autoCommit.
   *
   * @param properties the settings
   * @param dataSources the application's DataSource, used unless a dedicated one is configured
   * @param objectMappers the application's mapper, if it has one
   * @param listeners call listeners (metrics), if any
   * @param migration the startup migration, when on; the registry is created after it
   * @return the registry; closed with the context (which stops a snapshot, never the DataSource)
   * @throws IllegalStateException if there is neither an application DataSource nor {@code
   *     module-registry.datasource.url}
   */
  @Bean
  @ConditionalOnMissingBean
  public ModuleRegistry moduleRegistry(ModuleRegistryProperties properties, ObjectProvider<DataSource> dataSources,
      ObjectProvider<ObjectMapper> objectMappers, ObjectProvider<CallListener> listeners,
      ObjectProvider<RegistryMigration> migration, ObjectProvider<DedicatedPool> dedicated) {
    migration.ifAvailable(m -> { }); // created (and so migrated) first
    DedicatedPool own = dedicated.getIfAvailable();
    DataSource dataSource = own != null ? own.dataSource() : mainDataSource(dataSources);
    ModuleRegistry.Builder builder = ModuleRegistry.builder(dataSource)
        .connections(new SpringConnectionSource(dataSource, properties.isJoinTransactions()));
    objectMappers.ifAvailable(builder::objectMapper);
    if (properties.isSnapshot()) {
      builder.snapshot(SnapshotSettings.defaults());
    }
    listeners.orderedStream().forEach(builder::listener);
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
    HikariDataSource pool = DataSourceBuilder.create().type(HikariDataSource.class)
        .url(dedicated.getUrl()).username(dedicated.getUsername()).password(dedicated.getPassword()).build();
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

  private static DataSource mainDataSource(ObjectProvider<DataSource> main) {
    DataSource dataSource = main.getIfUnique();
    if (dataSource == null) {
      throw new IllegalStateException("Module Registry needs a DataSource: configure spring.datasource.* (or define one"
          + " DataSource bean), or module-registry.datasource.url/username/password for a pool of its own");
    }
    return dataSource;
  }
}
