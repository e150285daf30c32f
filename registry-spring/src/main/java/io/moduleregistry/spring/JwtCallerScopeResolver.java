package io.moduleregistry.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.UserScope;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the caller from Spring Security: a {@link JwtAuthenticationToken}'s verified claims become
 * {@link ModuleRegistry#asClaims(String)}, so RLS policies see every claim (timestamps as the
 * epoch seconds a JWT carries). Any other authentication, or none, is anonymous.
 */
final class JwtCallerScopeResolver implements CallerScopeResolver {

  /** This thread's last token and its scope: one entry per thread, replaced by the next request's token. */
  private final ThreadLocal<Resolved> last = new ThreadLocal<>();

  private record Resolved(JwtAuthenticationToken token, UserScope scope) {}

  private final ModuleRegistry registry;
  private final ObjectMapper mapper;

  JwtCallerScopeResolver(ModuleRegistry registry, ObjectMapper mapper) {
    this.registry = registry;
    this.mapper = mapper;
  }

  @Override
  public Optional<UserScope> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof JwtAuthenticationToken jwt)) {
      return Optional.empty();
    }
    // The guard and then the controller ask within one request: the same token, read once.
    Resolved resolved = last.get();
    if (resolved != null && resolved.token() == jwt) {
      return Optional.of(resolved.scope());
    }
    UserScope scope = scopeOf(jwt);
    last.set(new Resolved(jwt, scope));
    return Optional.of(scope);
  }

  private UserScope scopeOf(JwtAuthenticationToken jwt) {
    Map<String, Object> claims = new LinkedHashMap<>();
    jwt.getTokenAttributes().forEach((name, value) ->
        claims.put(name, value instanceof Instant instant ? instant.getEpochSecond() : value));
    try {
      return registry.asClaims(mapper.writeValueAsString(claims));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the caller's JWT claims cannot be written as JSON: " + e.getMessage(), e);
    }
  }
}
