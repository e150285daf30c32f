package io.moduleregistry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Module manifests, or the catalog they would make, refused: a manifest that is malformed, a
 * requirement on a module that is not in the catalog or whose version no registered version
 * satisfies, a cycle of requirements. Every problem is named, one per entry of {@link #problems()}
 * (the manifest's source, the module and the field); nothing was changed. Remedy: fix each
 * manifest named and register the set again.
 *
 * <p>Code {@link RegistryErrorCode#INVALID_CATALOG}.
 */
public final class InvalidCatalogException extends RegistryException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  InvalidCatalogException(String message, List<String> problems, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.INVALID_CATALOG, message, null, moduleId, cause);
    this.problems = List.copyOf(problems);
  }

  /** Refused by the checks before any SQL, with each problem named. */
  static InvalidCatalogException of(List<String> problems) {
    return new InvalidCatalogException(problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + " in the module manifests; nothing was registered. Fix each and register the set again:\n  - "
        + String.join("\n  - ", problems), problems, null, null);
  }

  /**
   * Every problem found, each naming the manifest (or module) and what is wrong with it.
   *
   * @return the problems, at least one, in the order found
   */
  public List<String> problems() {
    return problems;
  }
}
