package io.moduleregistry.openfeature;

import io.moduleregistry.UserScope;
import org.jspecify.annotations.Nullable;

/**
 * The caller of the evaluation under way, from a source the service trusts rather than from the
 * evaluation context: in a Spring service, the authenticated request's scope (the starter's
 * {@code CallerScopeResolver} over the verified JWT). With one configured, the context's {@code
 * targetingKey} is no longer who asks; a context naming another user is refused (see {@link
 * FlagEvaluator}).
 */
@FunctionalInterface
public interface CallerSource {

  /**
   * The caller of the evaluation under way, on the evaluating thread.
   *
   * @return the caller's scope, or {@code null} when there is none (no authenticated request): the
   *     evaluation then answers the caller's default with {@code TARGETING_KEY_MISSING}. May throw;
   *     the evaluation then answers the default with {@code GENERAL}
   */
  @Nullable UserScope caller();
}
