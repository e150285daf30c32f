package io.moduleregistry;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One caller's enabled (organization, module) pairs as a single {@code long[]}, so that a hit in
 * the snapshot reads one array after the caller's entry instead of a map, its table, a UUID key, a
 * set and a string (each a dependent cache miss once a service holds more callers than the caches do).
 *
 * <p>Layout: {@code t[0]} is the number of organizations {@code n}; then, for organization {@code i}
 * in ascending (signed most, then least significant bits) order, {@code t[1+3i]} and {@code t[2+3i]}
 * are its UUID's bits and {@code t[3+3i]} is {@code from << 32 | to}, the half-open range of its
 * module indexes; from {@code t[1+3n]} on, module indexes ({@link Modules}), two {@code int}s per
 * {@code long} (low half first), ascending within each organization. Immutable once built.
 */
final class PairTable {

  /** No pairs. */
  static final long[] EMPTY = {0};

  private static final Comparator<UUID> ORDER = (a, b) -> {
    int c = Long.compare(a.getMostSignificantBits(), b.getMostSignificantBits());
    return c != 0 ? c : Long.compare(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  };

  private PairTable() {}

  /** Builds the table of these pairs (rows may repeat), interning their module ids in {@code modules}. */
  static long[] of(UUID[] orgs, String[] moduleIds, int rows, Modules modules) {
    if (rows == 0) {
      return EMPTY;
    }
    Map<UUID, Set<Integer>> byOrg = new HashMap<>();
    for (int r = 0; r < rows; r++) {
      byOrg.computeIfAbsent(orgs[r], k -> new HashSet<>()).add(modules.intern(moduleIds[r]));
    }
    UUID[] sorted = byOrg.keySet().toArray(new UUID[0]);
    Arrays.sort(sorted, ORDER);
    int n = sorted.length;
    int distinct = 0;
    for (Set<Integer> set : byOrg.values()) {
      distinct += set.size();
    }
    int base = 1 + 3 * n;
    long[] t = new long[base + (distinct + 1) / 2];
    t[0] = n;
    int p = 0;
    for (int i = 0; i < n; i++) {
      int[] indexes = byOrg.get(sorted[i]).stream().mapToInt(Integer::intValue).sorted().toArray();
      t[1 + 3 * i] = sorted[i].getMostSignificantBits();
      t[2 + 3 * i] = sorted[i].getLeastSignificantBits();
      t[3 + 3 * i] = (long) p << 32 | (p + indexes.length);
      for (int index : indexes) {
        t[base + (p >>> 1)] |= (index & 0xFFFF_FFFFL) << ((p & 1) << 5);
        p++;
      }
    }
    return t;
  }

  /** Whether the table holds (the organization with these bits, the module of this index). Allocates nothing. */
  static boolean contains(long[] t, long msb, long lsb, int module) {
    int n = (int) t[0];
    int lo = 0;
    int hi = n - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int at = 1 + 3 * mid;
      int c = Long.compare(t[at], msb);
      if (c == 0) {
        c = Long.compare(t[at + 1], lsb);
      }
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return containsModule(t, 1 + 3 * n, t[at + 2], module);
      }
    }
    return false;
  }

  private static boolean containsModule(long[] t, int base, long span, int module) {
    int lo = (int) (span >>> 32);
    int hi = (int) span - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int at = moduleAt(t, base, mid);
      if (at < module) {
        lo = mid + 1;
      } else if (at > module) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static int moduleAt(long[] t, int base, int p) {
    return (int) (t[base + (p >>> 1)] >>> ((p & 1) << 5));
  }

  /**
   * For a table of one organization whose module indexes are all below 128: {msb, lsb, bits of
   * indexes 0 to 63, bits of indexes 64 to 127}; else {@code null}.
   */
  static long @Nullable [] single(long[] t) {
    if (t[0] != 1) {
      return null;
    }
    long[] masks = new long[2];
    long span = t[3];
    for (int p = (int) (span >>> 32); p < (int) span; p++) {
      int module = moduleAt(t, 4, p);
      if (module >= 128) {
        return null;
      }
      masks[module >>> 6] |= 1L << (module & 63);
    }
    return new long[] {t[1], t[2], masks[0], masks[1]};
  }

  /** Every pair of the table, with its module's id: to tell listeners what changed (not on the hot path). */
  static Set<Pair> pairs(long[] t, Modules modules) {
    int n = (int) t[0];
    int base = 1 + 3 * n;
    Set<Pair> all = new HashSet<>();
    for (int i = 0; i < n; i++) {
      UUID org = new UUID(t[1 + 3 * i], t[2 + 3 * i]);
      long span = t[3 + 3 * i];
      for (int p = (int) (span >>> 32); p < (int) span; p++) {
        all.add(new Pair(org, modules.id(moduleAt(t, base, p))));
      }
    }
    return all;
  }

  /** An (organization, module) pair. */
  record Pair(UUID orgId, String moduleId) {}

  /**
   * Module ids numbered in the order first seen, shared by one snapshot's tables. Never shrinks
   * (a catalog's ids are few); readers take no lock, interning is serialized. An id that was never
   * interned is in no table.
   */
  static final class Modules {
    private final ConcurrentHashMap<String, Integer> indexes = new ConcurrentHashMap<>();
    private int size;
    private volatile String[] byIndex = new String[16];

    /** The module's index, or -1 if no table holds it. */
    int indexOf(String moduleId) {
      Integer index = indexes.get(moduleId);
      return index == null ? -1 : index;
    }

    synchronized int intern(String moduleId) {
      Integer index = indexes.get(moduleId);
      if (index != null) {
        return index;
      }
      String[] grown = size < byIndex.length ? byIndex : Arrays.copyOf(byIndex, 2 * size);
      grown[size] = moduleId;
      byIndex = grown; // published before the index, so that id() knows every index handed out
      indexes.put(moduleId, size);
      return size++;
    }

    String id(int index) {
      return byIndex[index];
    }
  }
}
