package io.moduleregistry.schema;

import io.moduleregistry.postgres.SchemaMigrator;
import java.util.List;
import javax.sql.DataSource;

/**
 * Lets the testkit and other tools migrate with {@link RegistrySchema} without depending on this
 * module (found with {@link java.util.ServiceLoader}). Not for applications: call {@link
 * RegistrySchema#migrate(DataSource)}.
 */
public final class RegistrySchemaMigrator implements SchemaMigrator {

  /** Created by {@link java.util.ServiceLoader}. */
  public RegistrySchemaMigrator() {}

  @Override
  public int migrate(DataSource owner, List<String> extraLocations) {
    return RegistrySchema.configure(owner, extraLocations.toArray(String[]::new)).load().migrate().migrationsExecuted;
  }
}
