package io.moduleregistry.spring;

import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.RegistryException;
import io.moduleregistry.SchemaMismatchException;

/**
 * What the {@code moduleRegistry} health indicator of either Spring Boot line reports, without
 * Boot's types (which differ between the lines): up when the database answers and has every
 * registry migration; down with the reason otherwise (unreachable, or the migrations missing).
 *
 * @param up whether the registry is usable
 * @param detail the detail's name: {@code schema} or {@code database}
 * @param message the detail: {@code verified}, or what is wrong
 */
record RegistryHealthCheck(boolean up, String detail, String message) {

  /** The key of the indicator in the health endpoint, and of {@code management.health.*.enabled}. */
  static final String NAME = "moduleRegistry";

  static RegistryHealthCheck of(ModuleRegistry registry) {
    try {
      registry.verifySchema();
      return new RegistryHealthCheck(true, "schema", "verified");
    } catch (SchemaMismatchException e) {
      return new RegistryHealthCheck(false, "schema", e.getMessage());
    } catch (RegistryException e) {
      return new RegistryHealthCheck(false, "database", e.getMessage());
    }
  }
}
