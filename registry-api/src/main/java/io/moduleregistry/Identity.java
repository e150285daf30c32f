package io.moduleregistry;

import java.util.UUID;

/**
 * Who a call runs as: the PostgreSQL role to switch to and the JWT claims to set, both
 * transaction-local, both sent as bound parameters.
 *
 * @param role {@code authenticated} or {@code service_role}
 * @param claims the claims JSON, or {@code ""} for none
 * @param userId the claims' {@code sub}, or {@code null} for the service
 */
record Identity(String role, String claims, UUID userId) {

  static Identity user(UUID userId) {
    return new Identity("authenticated", "{\"sub\":\"" + userId + "\",\"role\":\"authenticated\"}", userId);
  }

  static Identity claims(String claimsJson, UUID sub) {
    return new Identity("authenticated", claimsJson, sub);
  }

  /** The service: role {@code service_role}, which bypasses RLS, and no claims. */
  static final Identity SERVICE = new Identity("service_role", "", null);

  boolean isService() {
    return userId == null;
  }

  /** For messages: {@code user <uuid>} or {@code the service}. */
  String describe() {
    return isService() ? "the service" : "user " + userId;
  }
}
