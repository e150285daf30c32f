package io.moduleregistry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who a call runs as: the PostgreSQL role to switch to and the JWT claims to set, both
 * transaction-local, both sent as bound parameters.
 *
 * @param role {@code authenticated} or {@code service_role}
 * @param claims the claims JSON, or {@code ""} for none
 * @param userId the claims' {@code sub}, or {@code null} for the service
 */
record Identity(String role, String claims, @Nullable UUID userId) {

  /** The service: role {@code service_role}, which bypasses RLS, and no claims. */
  static final Identity SERVICE = new Identity("service_role", "", null);

  static Identity user(UUID userId) {
    // What claimsJson(userId, "role", "authenticated") writes, character for character (a UUID needs
    // no escaping; IdentityClaimsTest compares them), without building a JSON tree on every asUser.
    return new Identity("authenticated", "{\"sub\":\"" + userId + "\",\"role\":\"authenticated\"}", userId);
  }

  static Identity claims(String claimsJson, UUID sub) {
    return new Identity("authenticated", claimsJson, sub);
  }

  /**
   * The one place claims JSON is written: {@code {"sub": "<sub>", name: value, ...}}, with every
   * value a JSON string, escaped by Jackson.
   *
   * @param namesAndValues further claims, as name, value, name, value...
   */
  static String claimsJson(UUID sub, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("claims come in name/value pairs, got " + namesAndValues.length + " strings");
    }
    ObjectNode claims = JsonNodeFactory.instance.objectNode().put("sub", sub.toString());
    for (int i = 0; i < namesAndValues.length; i += 2) {
      claims.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return claims.toString();
  }

  boolean isService() {
    return userId == null;
  }

  /** For messages: {@code user <uuid>} or {@code the service}. */
  String describe() {
    return isService() ? "the service" : "user " + userId;
  }
}
