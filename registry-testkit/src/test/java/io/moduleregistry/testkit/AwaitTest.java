package io.moduleregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The tests' one way to wait: until a condition holds, bounded, failing with what was awaited. */
class AwaitTest {

  @Test
  void returnsOnceTheConditionHolds() {
    AtomicInteger polls = new AtomicInteger();
    Await.until("the third poll", () -> polls.incrementAndGet() == 3);
    assertThat(polls).hasValue(3);
  }

  @Test
  void aConditionThatNeverHoldsFailsNamingWhatWasAwaited() {
    assertThatThrownBy(() -> Await.until("the impossible", Duration.ofMillis(20), () -> false))
        .isInstanceOf(AssertionError.class).hasMessage("waited 20 ms for the impossible");
  }

  @Test
  void anInterruptEndsTheWaitAndStaysSet() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Await.until("an interrupted wait", () -> false))
          .isInstanceOf(AssertionError.class).hasMessage("interrupted waiting for an interrupted wait")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted(); // leave the test thread as it was
    }
  }

  @Test
  void whatTheConditionThrowsReachesTheCaller() {
    assertThatThrownBy(() -> Await.until("a broken condition", () -> {
      throw new IllegalStateException("broken");
    })).isInstanceOf(IllegalStateException.class).hasMessage("broken");
  }
}
