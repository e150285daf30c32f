package io.moduleregistry;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Argument checks shared by the records and the scopes, run before any SQL is sent. */
final class ModuleIds {

  /** The same rule as the database's modules_id_slug check. */
  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_LENGTH = 63;

  private ModuleIds() {}

  /** Returns the id if it is a slug such as {@code agency} or {@code time-tracking}. */
  static String requireSlug(String moduleId) {
    Objects.requireNonNull(moduleId, "moduleId must not be null");
    if (moduleId.length() > MAX_LENGTH || !SLUG.matcher(moduleId).matches()) {
      throw new IllegalArgumentException("module id '" + moduleId + "' is not a slug: use lower-case letters and digits"
          + " in words joined by single hyphens, starting with a letter, at most " + MAX_LENGTH
          + " characters (e.g. agency, time-tracking)");
    }
    return moduleId;
  }

  /** Returns the org id if it is not null. */
  static UUID requireOrg(UUID orgId) {
    return Objects.requireNonNull(orgId, "orgId must not be null");
  }
}
