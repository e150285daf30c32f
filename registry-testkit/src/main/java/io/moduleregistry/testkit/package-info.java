/**
 * {@link io.moduleregistry.testkit.RegistryDatabase}: a real, migrated PostgreSQL for tests and
 * demos, with pools for the owner and the app login role, and fixtures (users, organizations,
 * members, tenants). For tests only: it creates roles and databases.
 */
@NullMarked
package io.moduleregistry.testkit;

import org.jspecify.annotations.NullMarked;
