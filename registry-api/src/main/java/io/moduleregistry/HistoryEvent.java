package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One change to an organization's installations, as the database's history recorded it (written by a
 * trigger, so no client can skip it). Read with {@link RegistryScope#history}.
 *
 * <p>Past settings values are shown only to the organization's owners and admins (and the service):
 * for a member {@link #settingsVisible()} is {@code false} and both settings are {@code null}, while
 * {@link #changedKeys()} still says which keys changed. So a member added after a secret was rotated
 * never reads the old secret.
 *
 * @param id the event's id: larger is newer
 * @param orgId the organization
 * @param moduleId the module's slug
 * @param kind what happened
 * @param actorId the user who made the change; {@code null} when the service (or the database owner) did
 * @param occurredAt when (the start of the writing transaction)
 * @param changedKeys the top-level settings keys the change added, removed or altered, sorted; empty
 *     for {@link Kind#ENABLED} and {@link Kind#DISABLED}
 * @param settingsVisible whether the caller may read this event's settings values: {@code true} for
 *     owners, admins and the service on events that carry settings
 * @param oldSettings the settings before the change (a private copy); {@code null} when not visible
 *     or when the event has none (installed, enabled, disabled)
 * @param newSettings the settings after the change (a private copy); {@code null} when not visible or
 *     when the event has none (enabled, disabled, uninstalled)
 */
public record HistoryEvent(long id, UUID orgId, String moduleId, Kind kind, @Nullable UUID actorId,
    OffsetDateTime occurredAt, List<String> changedKeys, boolean settingsVisible, @Nullable JsonNode oldSettings,
    @Nullable JsonNode newSettings) {

  /** What happened to the installation. */
  public enum Kind {
    /** The module was installed; {@code newSettings} are its first settings. */
    INSTALLED,
    /** It was switched on. */
    ENABLED,
    /** It was switched off. */
    DISABLED,
    /** Its settings changed. */
    SETTINGS_CHANGED,
    /** It was uninstalled; {@code oldSettings} are its last settings. */
    UNINSTALLED;

    /**
     * The kind the database names so ({@code installed}, {@code settings_changed}, ...).
     *
     * @param name the database's name of the event
     * @return the kind
     * @throws IllegalArgumentException if the name is none of the five: a database newer than this
     *     library; upgrade the library
     */
    static Kind ofDatabaseName(String name) {
      return Kind.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /**
   * Rejects nulls where a value is required; copies the keys and the settings.
   *
   * @throws NullPointerException naming the component that is {@code null}: pass a value
   */
  public HistoryEvent {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(moduleId, "moduleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    changedKeys = List.copyOf(Objects.requireNonNull(changedKeys, "changedKeys"));
    oldSettings = oldSettings == null ? null : oldSettings.deepCopy();
    newSettings = newSettings == null ? null : newSettings.deepCopy();
  }

  /**
   * A copy of the settings before the change, so callers cannot change this record's.
   *
   * @return the old settings, or {@code null} (see {@link #oldSettings})
   */
  @Override
  public @Nullable JsonNode oldSettings() {
    return oldSettings == null ? null : oldSettings.deepCopy();
  }

  /**
   * A copy of the settings after the change, so callers cannot change this record's.
   *
   * @return the new settings, or {@code null} (see {@link #newSettings})
   */
  @Override
  public @Nullable JsonNode newSettings() {
    return newSettings == null ? null : newSettings.deepCopy();
  }
}
