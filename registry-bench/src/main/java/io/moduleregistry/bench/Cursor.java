package io.moduleregistry.bench;

import java.util.SplittableRandom;
import java.util.UUID;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-thread walk over random orgs and modules, with every id (an MD5 each) computed in setup, so
 * that picking costs an array read: next to a snapshot's answer in nanoseconds, computing ids per
 * call would be most of what is measured.
 */
@State(Scope.Thread)
public class Cursor {

  static final int SPAN = 4096;
  private final UUID[] orgIds = new UUID[SPAN];
  private final UUID[] members = new UUID[SPAN];
  private final UUID[] admins = new UUID[SPAN];
  private final String[] modules = new String[SPAN];
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
      int k = 1 + random.nextInt(state.set.orgs());
      orgIds[i] = DataSet.org(k);
      members[i] = state.set.member(k);
      admins[i] = state.set.admin(k);
      modules[i] = DataSet.module(1 + random.nextInt(DataSet.MODULES));
    }
  }

  /** Advances to the next step; the accessors below then describe it. */
  void step() {
    next = (next + 1) & (SPAN - 1);
  }

  /** The org of this step. */
  UUID orgId() {
    return orgIds[next];
  }

  /** Its member (neither owner nor admin). */
  UUID member() {
    return members[next];
  }

  /** Its admin. */
  UUID admin() {
    return admins[next];
  }

  /** The module of this step. */
  String module() {
    return modules[next];
  }
}
