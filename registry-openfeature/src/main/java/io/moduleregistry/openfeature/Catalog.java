package io.moduleregistry.openfeature;

import io.moduleregistry.Module;
import io.moduleregistry.UserScope;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's module ids, to tell a module that is off from one that does not exist
 * ({@code FLAG_NOT_FOUND}). Loaded by the caller's own query (every signed-in user sees the whole
 * catalog); forgotten at each snapshot reload that saw a change; an id it does not know reloads it,
 * at most once a second, so that a flood of unknown keys costs at most one query a second.
 */
final class Catalog {

  private static final long RELOAD_NANOS = 1_000_000_000L;

  private volatile @Nullable Set<String> ids;
  private volatile long loadedAt;

  boolean contains(UserScope caller, String moduleId) {
    Set<String> known = ids;
    if (known != null && (known.contains(moduleId) || System.nanoTime() - loadedAt < RELOAD_NANOS)) {
      return known.contains(moduleId);
    }
    Set<String> loaded = new HashSet<>();
    for (Module module : caller.modules()) {
      loaded.add(module.id());
    }
    loadedAt = System.nanoTime();
    ids = Set.copyOf(loaded);
    return loaded.contains(moduleId);
  }

  void forget() {
    ids = null;
  }
}
