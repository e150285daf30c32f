package io.moduleregistry.spring;

import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.RegistryException;
import io.moduleregistry.SchemaMismatchException;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code moduleRegistry} health: up when the database answers and has every registry migration;
 * down with the reason otherwise (unreachable, or the migrations that are missing).
 */
final class RegistryHealthIndicator extends AbstractHealthIndicator {

  private final ModuleRegistry registry;

  RegistryHealthIndicator(ModuleRegistry registry) {
    super("Module Registry health check failed");
    this.registry = registry;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    try {
      registry.verifySchema();
      builder.up().withDetail("schema", "verified");
    } catch (SchemaMismatchException e) {
      builder.down().withDetail("schema", e.getMessage());
    } catch (RegistryException e) {
      builder.down().withDetail("database", e.getMessage());
    }
  }
}
