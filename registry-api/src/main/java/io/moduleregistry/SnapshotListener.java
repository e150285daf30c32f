package io.moduleregistry;

import java.util.Set;

/**
 * Told what a registry's snapshot does, for code that mirrors it (an OpenFeature provider's events,
 * a cache of derived answers). Register with {@link ModuleRegistry#addSnapshotListener}.
 *
 * <p>Both methods run on the snapshot's own thread, between a reload and the next wait for a
 * change: return quickly (hand slow work to an executor of your own). A method that throws is
 * logged and otherwise ignored; the snapshot goes on as before.
 */
public interface SnapshotListener {

  /**
   * The snapshot reloaded and answers from memory again: at the start, after a change committed
   * anywhere, after a write through this registry, and after it was {@linkplain #stale stale}.
   *
   * @param changeVersion the database's change counter as the reload began (see {@link
   *     SnapshotStats#changeVersion()}): every change counted up to it is reflected; a reload with a
   *     higher number than the last one saw a change
   * @param changedModules the ids of modules whose enablement changed, as the callers the snapshot
   *     holds see it (immutable; empty when no held caller's answer changed). A change of settings
   *     only, or one that no held caller can see, names nothing here
   */
  default void reloaded(long changeVersion, Set<String> changedModules) {}

  /**
   * The snapshot cannot vouch for freshness any more (its listener connection or a poll or reload
   * failed, or the registry was closed): every {@code isEnabled} now goes to the database, still
   * exactly, until the next {@link #reloaded}.
   *
   * @param why what happened, for a log line
   */
  default void stale(String why) {}
}
