package io.moduleregistry.bench;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Per-thread walk over random orgs and modules, precomputed so picking costs nothing. */
@State(Scope.Thread)
public class Cursor {

  private static final int SPAN = 4096;
  private final int[] orgs = new int[SPAN];
  private final int[] modules = new int[SPAN];
  private int next;

  /**
   * Draws this thread's walk, seeded per thread so runs are repeatable.
   *
   * @param state the benchmark's data set
   */
  @Setup(Level.Trial)
  public void fill(BenchState state) {
    SplittableRandom random = new SplittableRandom(Thread.currentThread().getId() * 31 + state.set.orgs());
    for (int i = 0; i < SPAN; i++) {
      orgs[i] = 1 + random.nextInt(state.set.orgs());
      modules[i] = 1 + random.nextInt(DataSet.MODULES);
    }
  }

  /** Advances and returns the org index (1-based) of this step. */
  int org() {
    next = (next + 1) & (SPAN - 1);
    return orgs[next];
  }

  /** The module index (1-based) of this step. */
  int module() {
    return modules[next];
  }
}
