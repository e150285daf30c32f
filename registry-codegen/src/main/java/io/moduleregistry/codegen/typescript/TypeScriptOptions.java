package io.moduleregistry.codegen.typescript;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link TypeScriptGenerator} writes. The defaults reproduce {@code supabase gen types
 * typescript} byte for byte: schema {@code public}, one-to-one relationships detected, no extras.
 *
 * @param schemas the schemas to generate, at least one; each must exist
 * @param detectOneToOne emit {@code isOneToOne} on relationships (the Supabase CLI's default)
 * @param jsDocComments opt-in: table and column comments ({@code comment on}) as JSDoc above their members
 * @param checkConstraintUnions opt-in: a text column limited by {@code CHECK (col IN ('a', 'b'))} typed
 *     {@code "a" | "b"} instead of {@code string}
 * @param postgrestVersion the PostgREST version for the {@code __InternalSupabase} header (as {@code
 *     supabase gen types} writes it when it knows the version), or {@code null} for none
 */
public record TypeScriptOptions(List<String> schemas, boolean detectOneToOne, boolean jsDocComments,
    boolean checkConstraintUnions, @Nullable String postgrestVersion) {

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException if no schema is named or a name is blank
   */
  public TypeScriptOptions {
    schemas = List.copyOf(Objects.requireNonNull(schemas, "schemas"));
    if (schemas.isEmpty() || schemas.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("name at least one schema, e.g. public; got " + schemas);
    }
  }

  /** Schema {@code public} with Supabase's defaults: output identical to {@code supabase gen types typescript}. */
  public static TypeScriptOptions defaults() {
    return new TypeScriptOptions(List.of("public"), true, false, false, null);
  }

  /**
   * These options for other schemas.
   *
   * @param schemas schema names, e.g. {@code public}, {@code extra}
   * @return a copy with the schemas replaced
   */
  public TypeScriptOptions withSchemas(List<String> schemas) {
    return new TypeScriptOptions(schemas, detectOneToOne, jsDocComments, checkConstraintUnions, postgrestVersion);
  }

  /**
   * These options with or without JSDoc comments from {@code comment on table/column}.
   *
   * @param enabled whether to write comments (the output then differs from Supabase's)
   * @return a copy
   */
  public TypeScriptOptions withJsDocComments(boolean enabled) {
    return new TypeScriptOptions(schemas, detectOneToOne, enabled, checkConstraintUnions, postgrestVersion);
  }

  /**
   * These options with or without literal unions from {@code CHECK (col IN (...))} constraints.
   *
   * @param enabled whether to narrow such text columns (the output then differs from Supabase's)
   * @return a copy
   */
  public TypeScriptOptions withCheckConstraintUnions(boolean enabled) {
    return new TypeScriptOptions(schemas, detectOneToOne, jsDocComments, enabled, postgrestVersion);
  }

  /**
   * These options with or without {@code isOneToOne} on relationships.
   *
   * @param enabled whether to detect one-to-one relationships (Supabase's CLI does)
   * @return a copy
   */
  public TypeScriptOptions withDetectOneToOne(boolean enabled) {
    return new TypeScriptOptions(schemas, enabled, jsDocComments, checkConstraintUnions, postgrestVersion);
  }

  /**
   * These options with the {@code __InternalSupabase.PostgrestVersion} header, which lets
   * supabase-js pick the right client options.
   *
   * @param version e.g. {@code 13.0.5}, or {@code null} for no header (the default)
   * @return a copy
   */
  public TypeScriptOptions withPostgrestVersion(@Nullable String version) {
    return new TypeScriptOptions(schemas, detectOneToOne, jsDocComments, checkConstraintUnions, version);
  }

  /** A stable text of these options, for the up-to-date hash. */
  String fingerprint() {
    return "schemas=" + schemas + ";oneToOne=" + detectOneToOne + ";jsdoc=" + jsDocComments + ";checks="
        + checkConstraintUnions + ";postgrest=" + postgrestVersion;
  }
}
