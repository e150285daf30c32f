package io.moduleregistry;

import org.jspecify.annotations.Nullable;

/**
 * Told of every statement the registry runs, for metrics (the Spring Boot starter records a
 * Micrometer timer per operation and outcome). Called on the caller's thread after the statement;
 * it must be fast and must not throw.
 */
@FunctionalInterface
public interface CallListener {

  /**
   * One statement ran.
   *
   * @param operation the operation, e.g. {@code isEnabled}, {@code install}; {@code access} is the
   *     second statement that explains a write RLS filtered
   * @param nanos how long it took, connection included
   * @param outcome what became of it
   */
  void onCall(String operation, long nanos, Outcome outcome);

  /**
   * What became of a statement.
   *
   * @param failure the exception the caller gets, or {@code null}
   * @param refused {@code true} when a write changed nothing because RLS filtered it or the row
   *     is absent (the caller then gets the reason)
   */
  record Outcome(@Nullable RegistryException failure, boolean refused) {

    /** Ran and did what was asked. */
    public static final Outcome SUCCESS = new Outcome(null, false);

    /**
     * A short tag: {@code success}, {@code refused}, or the failure's code in lower case.
     *
     * @return the tag
     */
    public String tag() {
      return failure != null ? failure.code().name().toLowerCase(java.util.Locale.ROOT)
          : refused ? "refused" : "success";
    }
  }
}
