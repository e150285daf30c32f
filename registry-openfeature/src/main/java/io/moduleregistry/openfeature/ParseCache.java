package io.moduleregistry.openfeature;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluation path parses from a context's text (user and organization ids, flag keys),
 * kept: the same few texts recur call after call, and parsing them anew (and allocating the
 * result) cost as much as the snapshot's answer itself. Bounded: a cache that reaches its
 * capacity is emptied and fills again with what recurs, so a flood of distinct texts (a client
 * probing keys) never holds more than the capacity. Only what parsed is kept; a text that does not
 * parse is parsed (and refused) again each time.
 *
 * @param <V> what a text parses to
 */
final class ParseCache<V> {

  private final int capacity;
  private final Function<String, @Nullable V> parser;
  private final ConcurrentHashMap<String, V> parsed = new ConcurrentHashMap<>();

  /**
   * @param capacity how many texts to keep at most
   * @param parser parses a text: {@code null} or an exception where it does not parse
   */
  ParseCache(int capacity, Function<String, @Nullable V> parser) {
    this.capacity = capacity;
    this.parser = parser;
  }

  /** The text parsed, from the cache where it is; {@code null} or the parser's exception where it does not parse. */
  @Nullable V get(String text) {
    V value = parsed.get(text);
    if (value != null) {
      return value;
    }
    value = parser.apply(text);
    if (value != null) {
      if (parsed.size() >= capacity) {
        parsed.clear(); // cheaper than tracking use; what recurs is back within a few calls
      }
      parsed.put(text, value);
    }
    return value;
  }

  /** How many texts are kept (for the tests). */
  int size() {
    return parsed.size();
  }
}
