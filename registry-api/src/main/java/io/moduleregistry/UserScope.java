package io.moduleregistry;

import java.util.UUID;

/**
 * The registry as one signed-in user sees it: every call runs as PostgreSQL role {@code
 * authenticated} with that user's JWT claims, so row-level security applies. Members read their
 * organizations' installations; owners and admins change them; nobody changes the catalog.
 * Obtained from {@link ModuleRegistry#asUser(UUID)} or {@link ModuleRegistry#asClaims(String)};
 * cheap to create, immutable, safe to share between threads.
 *
 * <p>Code that depends on it is best tested against a real registry (registry-testkit's embedded
 * database): a stub cannot throw the registry's exceptions, whose constructors are not public (see
 * {@link RegistryException}).
 */
public interface UserScope extends RegistryScope {

  /**
   * The user this scope acts as.
   *
   * @return the user, {@code auth.uid()} in the database
   */
  UUID userId();
}
