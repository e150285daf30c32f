package io.moduleregistry.schema;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration file, named as the Supabase CLI names them: {@code
 * YYYYMMDDHHMMSS_snake_case_description.sql}.
 *
 * @param fileName the file's name, e.g. {@code 20241130120200_create_module_registry.sql}
 * @param version the 14-digit timestamp, e.g. {@code 20241130120200}
 * @param description the snake_case part, e.g. {@code create_module_registry}
 */
public record Migration(String fileName, String version, String description)
    implements Comparable<Migration> {

  private static final Pattern NAME =
      Pattern.compile("(\\d{14})_([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  /** Validates that the three parts agree and the version is a real date and time. */
  public Migration {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    if (!fileName.equals(version + "_" + description + ".sql")) {
      throw new IllegalArgumentException(
          "migration " + fileName + " does not match version " + version + " and description " + description);
    }
  }

  /**
   * Parses a file name, checking the convention.
   *
   * @param fileName a file name without folders
   * @return the parsed migration
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static Migration parse(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "migration file '" + fileName + "' is not named YYYYMMDDHHMMSS_snake_case_description.sql"
              + " (14 digits, an underscore, lower-case words joined by underscores, .sql)");
    }
    try {
      LocalDateTime.parse(m.group(1), TIMESTAMP);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "migration file '" + fileName + "' starts with " + m.group(1)
              + ", which is not a real date and time (YYYYMMDDHHMMSS)", e);
    }
    return new Migration(fileName, m.group(1), m.group(2));
  }

  /** Orders by version, oldest first. */
  @Override
  public int compareTo(Migration other) {
    return version.compareTo(other.version);
  }
}
