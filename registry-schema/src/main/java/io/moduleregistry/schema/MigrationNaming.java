package io.moduleregistry.schema;

/**
 * How a service names its own migration files, so that Flyway reads their versions right (see
 * {@link RegistrySchema#configureService}).
 *
 * <p>A file that matches neither style fails the run, naming the file (Flyway validates names).
 */
public enum MigrationNaming {

  /** Flyway's own: {@code V1__create_projects.sql}, {@code V1.1__add_index.sql}. */
  FLYWAY("V", "__"),

  /** The Supabase CLI's, as the registry's: {@code 20250101120000_create_projects.sql}. */
  SUPABASE("", "_");

  private final String prefix;
  private final String separator;

  MigrationNaming(String prefix, String separator) {
    this.prefix = prefix;
    this.separator = separator;
  }

  /**
   * Flyway's {@code sqlMigrationPrefix} for this style.
   *
   * @return the prefix
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Flyway's {@code sqlMigrationSeparator} for this style.
   *
   * @return the separator
   */
  public String separator() {
    return separator;
  }
}
