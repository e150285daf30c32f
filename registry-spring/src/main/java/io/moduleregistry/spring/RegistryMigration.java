package io.moduleregistry.spring;

import io.moduleregistry.schema.RegistrySchema;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;

/**
 * Applies the registry's pending migrations when the context starts ({@code
 * module-registry.migration.enabled=true}), before Spring Boot's own Flyway runs the application's
 * migrations, which may reference the registry's tables: a database initializer to Spring Boot
 * (see {@link RegistryMigrationDetector}). The registry keeps its own Flyway history
 * ({@code module_registry.flyway_schema_history}), apart from the application's.
 */
public final class RegistryMigration implements InitializingBean {

  /** Bean name. */
  public static final String BEAN_NAME = "moduleRegistryMigration";

  private static final Logger LOG = LoggerFactory.getLogger(RegistryMigration.class);

  private final DataSource owner;

  RegistryMigration(DataSource owner) {
    this.owner = owner;
  }

  /**
   * Migrates.
   *
   * @throws org.flywaydb.core.api.FlywayException naming the failed migration and PostgreSQL's
   *     message; startup fails and the failed migration is rolled back
   */
  @Override
  public void afterPropertiesSet() {
    int applied = RegistrySchema.migrate(owner).migrationsExecuted;
    LOG.info("Module Registry migrations: {} applied, schema at {}", applied, RegistrySchema.latestVersion());
  }

  /**
   * Whether the application left {@code spring.flyway.baseline-on-migrate} unset: then each
   * starter's Flyway customizer baselines the application's history at 0, because {@code public}
   * already holds the registry's tables when Boot's Flyway first runs.
   */
  static boolean baselineUnset(Environment environment) {
    return !environment.containsProperty("spring.flyway.baseline-on-migrate")
        && !environment.containsProperty("spring.flyway.baselineOnMigrate");
  }
}
