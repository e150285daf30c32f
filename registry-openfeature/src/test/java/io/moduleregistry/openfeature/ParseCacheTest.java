package io.moduleregistry.openfeature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The evaluator's parse cache: parses a recurring text once, keeps only what parsed, never grows past its capacity. */
class ParseCacheTest {

  @Test
  void aRecurringTextIsParsedOnceAndAnswersTheSameObject() {
    AtomicInteger parses = new AtomicInteger();
    ParseCache<UUID> cache = new ParseCache<>(4, text -> {
      parses.incrementAndGet();
      return UUID.fromString(text);
    });
    UUID id = UUID.randomUUID();
    UUID first = cache.get(id.toString());
    assertThat(first).isEqualTo(id);
    assertThat(cache.get(new String(id.toString()))).isSameAs(first); // an equal text, not the same String
    assertThat(parses).hasValue(1);
  }

  @Test
  void whatDoesNotParseIsRefusedEachTimeAndNotKept() {
    AtomicInteger parses = new AtomicInteger();
    ParseCache<FlagKey> keys = new ParseCache<>(4, key -> {
      parses.incrementAndGet();
      return FlagKey.parse(key);
    });
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> keys.get("of-time.bad~2")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'~0'");
    }
    assertThat(parses).hasValue(2);
    assertThat(keys.size()).isZero();
    ParseCache<UUID> ids = new ParseCache<>(4, text -> null);
    assertThat(ids.get("not-a-uuid")).isNull();
    assertThat(ids.size()).isZero();
  }

  @Test
  void aFloodOfDistinctTextsNeverHoldsMoreThanTheCapacity() {
    ParseCache<FlagKey> keys = new ParseCache<>(8, FlagKey::parse);
    for (int i = 0; i < 1000; i++) {
      assertThat(keys.get("module-" + i + ".setting").moduleId()).isEqualTo("module-" + i);
      assertThat(keys.size()).isBetween(1, 8);
    }
    assertThat(keys.get("module-999.setting")).isSameAs(keys.get("module-999.setting")); // the last one is kept
  }
}
