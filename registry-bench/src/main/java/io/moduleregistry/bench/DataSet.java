package io.moduleregistry.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The benchmark data sets. Ids are derived, not random, so that Java and pgbench can name the same
 * rows: org k is {@code md5('org-k')::uuid}; its owner, admin and member are users k, orgs+k and
 * 2*orgs+k ({@code md5('user-n')::uuid}); every org installs all {@value #MODULES} modules.
 *
 * @param name as used in JMH parameters
 * @param orgs organizations
 */
public record DataSet(String name, int orgs) {

  /** Modules in the catalog, each installed in every org. */
  public static final int MODULES = 10;

  /** 1,000 orgs, 10,000 installations, 3,000 memberships. */
  public static final DataSet SMALL = new DataSet("small", 1_000);

  /** 100,000 orgs, 1,000,000 installations, 300,000 memberships. */
  public static final DataSet LARGE = new DataSet("large", 100_000);

  /** Both, smallest first. */
  public static DataSet[] all() {
    return new DataSet[] {SMALL, LARGE};
  }

  /** By JMH parameter name. */
  public static DataSet named(String name) {
    for (DataSet d : all()) {
      if (d.name.equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException("no data set named '" + name + "'; use small or large");
  }

  /** Installations: every module in every org. */
  public int installations() {
    return orgs * MODULES;
  }

  /** Memberships: an owner, an admin and a member per org. */
  public int memberships() {
    return orgs * 3;
  }

  /** Org k, 1-based. */
  public static UUID org(int k) {
    return md5Uuid("org-" + k);
  }

  /** The owner of org k. */
  public UUID owner(int k) {
    return md5Uuid("user-" + k);
  }

  /** The admin of org k. */
  public UUID admin(int k) {
    return md5Uuid("user-" + (orgs + k));
  }

  /** The member (neither owner nor admin) of org k. */
  public UUID member(int k) {
    return md5Uuid("user-" + (2 * orgs + k));
  }

  /** Module m, 1-based. */
  public static String module(int m) {
    return "module-" + m;
  }

  /** PostgreSQL's {@code md5(text)::uuid}. */
  static UUID md5Uuid(String text) {
    try {
      String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
      return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
          + hex.substring(16, 20) + "-" + hex.substring(20));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
