package io.moduleregistry.spring;

import io.moduleregistry.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Runs {@link ModuleRegistry#verifySchema()} at startup, after every singleton (Spring Boot's
 * Flyway included) is ready. A {@link io.moduleregistry.SchemaMismatchException} fails startup
 * with the missing migrations named; turn the check off with {@code module-registry.verify-schema=false}.
 */
public final class RegistrySchemaCheck implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrySchemaCheck.class);

  private final ModuleRegistry registry;

  RegistrySchemaCheck(ModuleRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void afterSingletonsInstantiated() {
    registry.verifySchema();
    LOG.info("Module Registry schema verified");
  }
}
