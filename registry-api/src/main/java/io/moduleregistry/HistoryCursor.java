package io.moduleregistry;

/**
 * Where a page of history starts: the events older than the last one of the previous page (keyset
 * pagination, so pages stay stable while new events are written). Take it from {@link
 * HistoryPage#next()}; {@link #token()} and {@link #parse(String)} carry it through a URL.
 *
 * @param beforeId the page holds events whose id is smaller than this
 */
public record HistoryCursor(long beforeId) {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException if beforeId is not positive: take cursors from a page, not by hand
   */
  public HistoryCursor {
    if (beforeId <= 0) {
      throw new IllegalArgumentException("history cursor " + beforeId + " is not positive: use HistoryPage.next()");
    }
  }

  /**
   * The cursor as text, for a URL.
   *
   * @return the token, decimal digits
   */
  public String token() {
    return Long.toString(beforeId);
  }

  /**
   * The cursor a {@link #token()} spelled.
   *
   * @param token what {@link #token()} returned
   * @return the cursor
   * @throws NullPointerException if token is {@code null}
   * @throws IllegalArgumentException if the token is not a positive decimal number: pass back what
   *     {@link #token()} gave, unchanged
   */
  public static HistoryCursor parse(String token) {
    java.util.Objects.requireNonNull(token, "token must not be null");
    long id;
    try {
      id = Long.parseLong(token);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("history cursor '" + token + "' is not a number: pass back HistoryCursor.token()");
    }
    return new HistoryCursor(id);
  }
}
