package io.moduleregistry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of an organization's history, newest first, from {@link RegistryScope#history}.
 *
 * @param events the events of this page, newest first; empty when there are none, or none the
 *     caller may see (a stranger to the organization)
 * @param next where the next (older) page starts; {@code null} on the last page
 */
public record HistoryPage(List<HistoryEvent> events, @Nullable HistoryCursor next) {

  /**
   * Copies the events.
   *
   * @throws NullPointerException if events is {@code null}: pass an empty list
   */
  public HistoryPage {
    events = List.copyOf(Objects.requireNonNull(events, "events"));
  }

  /**
   * The cursor of the next, older page.
   *
   * @return the cursor, or empty on the last page
   */
  public Optional<HistoryCursor> nextCursor() {
    return Optional.ofNullable(next);
  }
}
