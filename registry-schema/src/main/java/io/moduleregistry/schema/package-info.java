/**
 * The registry's SQL migrations (classpath {@code db/module-registry}) and {@link
 * io.moduleregistry.schema.RegistrySchema}, the one place that knows how to run them with Flyway,
 * in a history of their own, beside any application's migrations.
 */
@NullMarked
package io.moduleregistry.schema;

import org.jspecify.annotations.NullMarked;
