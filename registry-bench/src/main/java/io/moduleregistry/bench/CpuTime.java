package io.moduleregistry.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark thread's CPU time per call, next to JMH's wall-clock time: on a shared machine a
 * loaded run's wall-clock time is mostly time spent waiting for a core, and it swings between the
 * benchmarks of one run; the thread's CPU time does not count the waiting. Read every 65,536 calls
 * (reading it is a system call); JMH sums both counters over the iterations, so their quotient is
 * the CPU nanoseconds per call.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Calls up to the last reading in this iteration. */
  public long cpuCalls;
  /** CPU nanoseconds of this thread up to the last reading in this iteration. */
  public long cpuNanos;

  private long calls;
  private long start;

  /** Starts counting for an iteration. */
  @Setup(Level.Iteration)
  public void start() {
    cpuCalls = 0;
    cpuNanos = 0;
    calls = 0;
    start = THREADS.getCurrentThreadCpuTime();
  }

  /** Counts one call. */
  void tick() {
    if ((++calls & 0xFFFF) == 0) {
      cpuNanos = THREADS.getCurrentThreadCpuTime() - start;
      cpuCalls = calls;
    }
  }
}
