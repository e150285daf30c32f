package io.moduleregistry.testkit;

import java.util.Objects;
import java.util.UUID;

/**
 * An organization with one user in each role, made by {@link Fixtures#tenant(String)}.
 *
 * @param orgId the organization
 * @param owner a user with role {@code owner}
 * @param admin a user with role {@code admin}
 * @param member a user with role {@code member}
 */
public record Tenant(UUID orgId, UUID owner, UUID admin, UUID member) {

  /** Rejects nulls. */
  public Tenant {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(member, "member");
  }

  /**
   * The user who has the given role here.
   *
   * @param role a role
   * @return that user's id
   */
  public UUID user(MemberRole role) {
    return switch (role) {
      case OWNER -> owner;
      case ADMIN -> admin;
      case MEMBER -> member;
    };
  }
}
