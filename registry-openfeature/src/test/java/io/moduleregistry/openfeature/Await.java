package io.moduleregistry.openfeature;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits on a condition, bounded; never asserts how long it took. */
final class Await {

  /** Long enough for anything on a loaded 2-core machine; only a broken provider waits this long. */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  private Await() {}

  static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }
}
