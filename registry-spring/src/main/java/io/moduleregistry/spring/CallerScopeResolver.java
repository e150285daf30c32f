package io.moduleregistry.spring;

import io.moduleregistry.UserScope;
import java.util.Optional;

/**
 * The current request's caller as a registry scope. With Spring Security on the class path, the
 * auto-configuration provides one that reads a {@code JwtAuthenticationToken}'s claims; define a
 * bean of your own for another kind of authentication.
 */
@FunctionalInterface
public interface CallerScopeResolver {

  /**
   * The caller of the current request.
   *
   * @return the caller's scope, or empty for an anonymous request (or one this resolver cannot read)
   * @throws IllegalArgumentException if the caller's claims carry no UUID {@code sub}
   */
  Optional<UserScope> current();
}
