package io.moduleregistry;

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
    // The one place the library writes claims JSON: a UUID needs no escaping, so plain text
    // (SnapshotBehaviourTest compares it with Jackson's), without building a JSON tree on every asUser.
    return new Identity("authenticated", "{\"sub\":\"" + userId + "\",\"role\":\"authenticated\"}", userId);
  }

  static Identity claims(String claimsJson, UUID sub) {
    return new Identity("authenticated", claimsJson, sub);
  }

  boolean isService() {
    return userId == null;
  }

  /** For messages: {@code user <uuid>} or {@code the service}. */
  String describe() {
    return isService() ? "the service" : "user " + userId;
  }
}
