package io.moduleregistry;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ServiceScope#registerModule(ModuleDefinition)} writes to the catalog. Validates in
 * its constructor with the same rules as the database, so a bad definition never reaches SQL.
 *
 * @param id a slug: lower-case words joined by hyphens, e.g. {@code time-tracking}
 * @param name display name, not blank, at most 200 characters
 * @param description optional, at most 2000 characters
 * @param version a semantic version such as {@code 1.0.0} or {@code 2.1.0-beta.1}
 */
public record ModuleDefinition(String id, String name, @Nullable String description, String version) {

  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
          + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  /**
   * Validates every field; see the record components for the rules.
   *
   * @throws NullPointerException if id, name or version is {@code null}: pass a value
   * @throws IllegalArgumentException naming the field and the rule it breaks: fix that field
   */
  public ModuleDefinition {
    ModuleIds.requireSlug(id);
    Objects.requireNonNull(name, "name must not be null");
    // characters as PostgreSQL counts them (code points: an emoji is one), and text it can store
    if (name.isBlank() || name.codePointCount(0, name.length()) > 200) {
      throw new IllegalArgumentException("module name must be 1 to 200 characters and not blank, got '" + name + "'");
    }
    requireStorable("module name", name);
    if (description != null) {
      int length = description.codePointCount(0, description.length());
      if (length > 2000) {
        throw new IllegalArgumentException("module description must be at most 2000 characters, got " + length);
      }
      requireStorable("module description", description);
    }
    Objects.requireNonNull(version, "version must not be null");
    if (!SEMVER.matcher(version).matches()) {
      throw new IllegalArgumentException("module version '" + version + "' is not a semantic version such as 1.0.0");
    }
  }

  /** PostgreSQL's text holds neither U+0000 nor half of a UTF-16 surrogate pair (pgjdbc would send '?'). */
  private static void requireStorable(String field, String text) {
    if (text.indexOf('\u0000') >= 0) {
      throw new IllegalArgumentException(field + " contains the character U+0000, which PostgreSQL cannot store");
    }
    int lone = SettingsCodec.loneSurrogate(text);
    if (lone >= 0) {
      throw new IllegalArgumentException(field + " contains an unpaired UTF-16 surrogate at index " + lone
          + ", which is not a character; PostgreSQL would store '?' in its place");
    }
  }

  /**
   * A definition with version {@code 1.0.0} and no description.
   *
   * @param id the slug
   * @param name the display name
   * @return the definition
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the id is not a slug or the name blank or too long
   */
  public static ModuleDefinition of(String id, String name) {
    return new ModuleDefinition(id, name, null, "1.0.0");
  }
}
