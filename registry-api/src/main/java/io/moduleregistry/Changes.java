package io.moduleregistry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What changed, as the change triggers (migration {@code targeted_change_notifications}) report it:
 * organizations whose installations changed, users whose memberships changed, the catalog, or
 * everything; accumulated over a burst so that one reload serves them all.
 */
final class Changes {

  /** Everything: the catalog, a TRUNCATE, too many ids to name, a reconnection, or a gap in the log. */
  private boolean everything;
  /** The catalog changed: every caller may see something else. */
  private boolean catalog;
  private final Set<UUID> orgs = new HashSet<>();
  private final Set<UUID> users = new HashSet<>();
  /** The newest version among them, -1 when not known (then the reload reads the counter). */
  private long version = -1;
  /** When (System.nanoTime) the oldest change happened, as far as is known; {@link Long#MAX_VALUE} when not. */
  private long originNanos = Long.MAX_VALUE;

  /** Everything, at a version not known yet. */
  static Changes everything() {
    Changes all = new Changes();
    all.everything = true;
    return all;
  }

  /**
   * Adds a notification's payload: {@code <version> <kind> [<id> ...]}. A payload in any other form
   * (a newer or older trigger) counts as everything.
   */
  void addPayload(String payload, long receivedAtNanos) {
    String[] parts = payload.trim().split(" ");
    try {
      long v = Long.parseLong(parts[0]);
      Set<UUID> ids = new HashSet<>();
      for (int i = 2; i < parts.length; i++) {
        ids.add(UUID.fromString(parts[i]));
      }
      add(v, parts.length > 1 ? parts[1] : "a", ids, 0, receivedAtNanos);
    } catch (IllegalArgumentException e) {
      everything = true;
    }
  }

  /** Adds one change of the given kind ({@code o}, {@code u}, {@code c}, else everything). */
  void add(long changeVersion, String kind, Set<UUID> ids, double age, long readAt) {
    switch (kind) {
      case "o" -> orgs.addAll(ids);
      case "u" -> users.addAll(ids);
      case "c" -> catalog = true;
      default -> everything = true;
    }
    version = Math.max(version, changeVersion);
    originNanos = Math.min(originNanos, readAt - (long) (age * 1_000_000)); // the oldest: the longest wait
  }

  /** Adds the organizations of writes through this registry ({@code null}: a catalog write). */
  void addWrite(@Nullable UUID orgId) {
    if (orgId == null) {
      catalog = true;
    } else {
      orgs.add(orgId);
    }
  }

  boolean isEmpty() {
    return !everything && !catalog && orgs.isEmpty() && users.isEmpty();
  }

  /** Whether every cached caller must be reloaded. */
  boolean everyone() {
    return everything || catalog;
  }

  Set<UUID> orgs() {
    return orgs;
  }

  Set<UUID> users() {
    return users;
  }

  long version() {
    return version;
  }

  /** The lag from the oldest change to now, or -1 if not known. */
  long lagNanos() {
    return originNanos == Long.MAX_VALUE ? -1 : System.nanoTime() - originNanos;
  }

  /** Reads {@code module_registry.changes_since} rows: (version, kind, ids, age_millis). */
  static Changes read(ResultSet rows) throws SQLException {
    Changes changes = new Changes();
    long now = System.nanoTime();
    while (rows.next()) {
      Set<UUID> ids = new HashSet<>();
      Array array = rows.getArray(3);
      if (array != null) {
        for (Object id : (Object[]) array.getArray()) {
          ids.add((UUID) id);
        }
      }
      changes.add(rows.getLong(1), rows.getString(2), ids, rows.getDouble(4), now);
    }
    return changes;
  }

  /** Reads one uuid column. */
  static Set<UUID> readIds(ResultSet rows) throws SQLException {
    Set<UUID> ids = new HashSet<>();
    while (rows.next()) {
      ids.add(rows.getObject(1, UUID.class));
    }
    return ids;
  }

  /** The target of {@code changesSince}: the version as jsonb text (its one jsonb parameter, {@link Parameter#DOCUMENT}). */
  static Target.Document since(long version) {
    return Target.document(Long.toString(version));
  }

  /** The target of {@code membersOf}: the organizations as a jsonb array of strings. */
  static Target.Document orgsTarget(Set<UUID> orgIds) {
    return Target.document(orgIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]")));
  }
}
