package io.moduleregistry.openfeature;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluation path made of a context's two texts (its {@code targetingKey} and organization
 * attribute), kept per pair: the caller's scope and the organization's id, so that an evaluation
 * whose pair recurs parses no id, builds no scope and makes one lookup instead of two (each lookup
 * cost about a tenth of the snapshot's whole answer). Two-way: the pair's hash picks two neighbouring
 * slots, and a pair that finds both taken replaces the first's; so it never holds more than its
 * slots, and a flood of distinct texts only evicts. A slot holds an immutable entry (final fields):
 * a thread reading a slot that another is writing sees the old entry or the new one, whole, without
 * a lock. Only what the caller puts is kept: texts that do not parse are never put.
 *
 * @param <V> what a pair of texts resolves to; immutable
 */
final class PairCache<V> {

  private final Entry<V>[] slots;

  private record Entry<V>(String first, String second, V value) {}

  /**
   * @param slots how many pairs to keep at most: a power of two, at least 2
   * @throws IllegalArgumentException if it is not a power of two of at least 2
   */
  @SuppressWarnings("unchecked")
  PairCache(int slots) {
    if (slots < 2 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two of at least 2, got " + slots);
    }
    this.slots = (Entry<V>[]) new Entry<?>[slots];
  }

  /** What this pair resolved to, if it is the one kept in its slot; else {@code null}. */
  @Nullable V get(String first, String second) {
    int slot = slot(first, second);
    Entry<V> entry = slots[slot];
    if (entry != null && same(entry.first, first) && same(entry.second, second)) {
      return entry.value;
    }
    entry = slots[slot ^ 1];
    return entry != null && same(entry.first, first) && same(entry.second, second) ? entry.value : null;
  }

  /** Keeps what this pair resolved to: in a free one of its two slots, else in place of the first's pair. */
  void put(String first, String second, V value) {
    int slot = slot(first, second);
    if (slots[slot] != null && slots[slot ^ 1] == null) {
      slot ^= 1;
    }
    slots[slot] = new Entry<>(first, second, Objects.requireNonNull(value, "value"));
  }

  /** How many slots hold a pair (for the tests). */
  int size() {
    int held = 0;
    for (Entry<V> entry : slots) {
      held += entry == null ? 0 : 1;
    }
    return held;
  }

  private int slot(String first, String second) {
    int hash = first.hashCode() * 31 + second.hashCode();
    return (hash ^ (hash >>> 16)) & (slots.length - 1);
  }

  /** The same text: by reference first (a context's own strings recur), then by content. */
  private static boolean same(String kept, String asked) {
    return kept == asked || kept.equals(asked);
  }
}
