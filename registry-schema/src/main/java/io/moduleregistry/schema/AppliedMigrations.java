package io.moduleregistry.schema;

/**
 * What {@link RegistrySchema#migrateWithService} applied: counts only, both zero for a database that
 * was already up to date.
 *
 * @param registry how many of the registry's migrations were applied
 * @param service how many of the service's own were applied
 */
public record AppliedMigrations(int registry, int service) {}
