/**
 * A PostgreSQL server for tests and code generation ({@link io.moduleregistry.postgres.PostgresServer}:
 * embedded by default, an external server or a Testcontainers container as {@link
 * io.moduleregistry.postgres.ServerSettings} say) and fresh databases on it ({@link
 * io.moduleregistry.postgres.FreshDatabase}). Knows nothing of the registry's schema.
 */
@NullMarked
package io.moduleregistry.postgres;

import org.jspecify.annotations.NullMarked;
