package io.moduleregistry.postgres;

import java.util.List;
import javax.sql.DataSource;

/**
 * A schema that tools apply to a fresh database before using it. {@code registry-schema} provides
 * the registry's own through {@link java.util.ServiceLoader} (so that the testkit, which migrates
 * with it, need not depend on it, and the schema's database tests can depend on the testkit).
 * Kept on purpose, with its reason and the alternative weighed: ARCHITECTURE.md, ADR-9.
 */
public interface SchemaMigrator {

  /**
   * Applies the schema's migrations, then those in the extra locations.
   *
   * @param owner connects as the database's owner
   * @param extraLocations further migration locations in Flyway syntax ({@code classpath:...},
   *     {@code filesystem:...}), applied after the schema's own
   * @return how many migrations were applied
   * @throws RuntimeException the migration tool's own exception when a migration fails, naming the
   *     file and PostgreSQL's message
   */
  int migrate(DataSource owner, List<String> extraLocations);

  /**
   * The one migrator on the classpath.
   *
   * @return it
   * @throws IllegalStateException if none is (add {@code io.moduleregistry:registry-schema})
   */
  static SchemaMigrator load() {
    return java.util.ServiceLoader.load(SchemaMigrator.class, SchemaMigrator.class.getClassLoader()).findFirst()
        .orElseThrow(() -> new IllegalStateException("no schema to migrate with: put io.moduleregistry:registry-schema"
            + " on the class path"));
  }
}
