package io.moduleregistry.openfeature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The evaluator's cache of resolved (targetingKey, organization) pairs: exact pairs only, never more than its slots. */
class PairCacheTest {

  @Test
  void aPairIsFoundByEqualTextsAndOnlyAsAWholePair() {
    PairCache<String> cache = new PairCache<>(8);
    String user = UUID.randomUUID().toString();
    String org = UUID.randomUUID().toString();
    cache.put(user, org, "resolved");
    assertThat(cache.get(user, org)).isEqualTo("resolved");
    assertThat(cache.get(new String(user), new String(org))).isEqualTo("resolved"); // equal texts, not the same Strings
    assertThat(cache.get(org, user)).isNull();
    assertThat(cache.get(user, UUID.randomUUID().toString())).isNull();
    assertThat(cache.get(UUID.randomUUID().toString(), org)).isNull();
  }

  @Test
  void aFloodOfDistinctPairsNeverHoldsMoreThanTheSlotsAndKeepsTheLast() {
    PairCache<Integer> cache = new PairCache<>(16);
    String org = UUID.randomUUID().toString();
    for (int i = 0; i < 1000; i++) {
      String user = "user-" + i;
      cache.put(user, org, i);
      assertThat(cache.get(user, org)).isEqualTo(i);
      assertThat(cache.size()).isBetween(1, 16);
    }
    int found = 0;
    for (int i = 0; i < 1000; i++) {
      Integer value = cache.get("user-" + i, org);
      if (value != null) {
        assertThat(value).isEqualTo(i); // never another pair's value
        found++;
      }
    }
    assertThat(found).isEqualTo(cache.size());
  }

  @Test
  void theSlotsArePowersOfTwo() {
    assertThatThrownBy(() -> new PairCache<>(1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1");
    assertThatThrownBy(() -> new PairCache<>(12)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 12");
  }
}
