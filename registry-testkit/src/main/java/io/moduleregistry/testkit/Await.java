package io.moduleregistry.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Waits in a test until a condition holds, polling it, bounded by a patience generous enough for a
 * loaded machine: tests wait on conditions, never on time, and never assert how long a wait took.
 *
 * <pre>{@code
 * Await.until("the snapshot to be live", () -> registry.snapshotStats().orElseThrow().live());
 * }</pre>
 */
public final class Await {

  /** How long {@link #until} waits at most: only something broken waits this long, even on a loaded 2-core machine. */
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private static final long POLL_MILLIS = 5;

  private Await() {}

  /**
   * Returns as soon as the condition holds, polling it every few milliseconds (the first time at once).
   *
   * @param what what is awaited, for the failure's message, e.g. {@code "the install to reach the snapshot"};
   *     put the state that tells why into it (it is built once, before the wait)
   * @param condition the condition; anything it throws ends the wait and reaches the caller as it is
   * @throws AssertionError naming {@code what} if the condition did not hold within {@link #PATIENCE}
   *     (the code under test never got there: look at what it logged), or if the thread was
   *     interrupted while waiting (its interrupt status is set again)
   * @throws NullPointerException if {@code what} or the condition is {@code null}
   */
  public static void until(String what, BooleanSupplier condition) {
    until(what, PATIENCE, condition);
  }

  /** As {@link #until(String, BooleanSupplier)}, with another patience (for this class's own tests). */
  static void until(String what, Duration patience, BooleanSupplier condition) {
    Objects.requireNonNull(what, "what must not be null");
    Objects.requireNonNull(condition, "condition must not be null");
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("waited " + patience.toMillis() + " ms for " + what);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }
}
