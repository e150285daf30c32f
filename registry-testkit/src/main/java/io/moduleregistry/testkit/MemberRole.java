package io.moduleregistry.testkit;

import java.util.Locale;

/** A member's role in an organization, as {@code org_members.role} stores it. */
public enum MemberRole {
  /** Owns the organization: may install, configure and uninstall modules. */
  OWNER,
  /** Administers the organization: the same rights over modules as an owner. */
  ADMIN,
  /** An ordinary member: sees the organization's modules, changes none. */
  MEMBER;

  /** The value stored in {@code org_members.role}. */
  public String sqlValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
