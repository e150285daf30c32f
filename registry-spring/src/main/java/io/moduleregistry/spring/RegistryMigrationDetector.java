package io.moduleregistry.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Tells Spring Boot that {@link RegistryMigration} initializes the database, and that it comes
 * first: Boot makes every later initializer (its {@code schema.sql} scripts at order 0, Flyway and
 * Liquibase at 1) and every bean that depends on database initialization wait for it. Registered
 * in {@code META-INF/spring.factories}; the SPI is Spring Boot's, at the same name in 3.5 and 4.
 */
final class RegistryMigrationDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

  /** Before Boot's own initializers, whose detectors are at 0 and 1. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(RegistryMigration.class);
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
