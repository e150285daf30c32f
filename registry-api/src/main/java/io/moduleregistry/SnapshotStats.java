package io.moduleregistry;

import java.time.Duration;

/**
 * What a registry's snapshot has done so far ({@link ModuleRegistry#snapshotStats()}): counters
 * since the registry was built, and its state now. Read it for metrics; it is a copy.
 *
 * @param mode {@code LISTEN} or {@code POLL}: how changes are learnt
 * @param live {@code true} while answers come from memory; {@code false} until the first load,
 *     and from a lost listener connection (or a failed poll or reload) until the snapshot has
 *     listened again and reloaded: meanwhile every call goes to the database
 * @param hits calls answered from memory
 * @param misses calls answered by the database: a caller not loaded yet (its load counts here), an
 *     organization written through this registry since the last reload, or a snapshot not live
 * @param reloads reloads after a change (of the callers it can affect), a reconnection or the start (of all)
 * @param connectionLosses times the listener connection (or, polling, the pool) failed
 * @param entries entries held now (see {@link SnapshotSettings.Builder#maxEntries})
 * @param maxEntries the bound on {@code entries}
 * @param lastLag from the last change's statement in the database to the reload that reflects it
 *     (zero before the first change)
 * @param maxLag the largest {@code lastLag} so far
 * @param changeVersion the database's change counter ({@code module_registry.change_counter}) as the
 *     last reload began: every change counted up to it is reflected; -1 before the first reload
 * @param callersReloaded cached callers reloaded so far, each by its own RLS-scoped query: a change
 *     reloads only the callers it can affect
 * @param reloadRoundTrips round trips the reloads took (several callers per round trip)
 */
public record SnapshotStats(String mode, boolean live, long hits, long misses, long reloads, long connectionLosses,
    int entries, int maxEntries, Duration lastLag, Duration maxLag, long changeVersion, long callersReloaded,
    long reloadRoundTrips) {}
