package io.witj.codegen.glue;

import java.lang.management.ManagementFactory;

/**
 * The resource limits of a fuzz run: a total wall-clock budget (a hang or pathologically slow call
 * exhausts it; no per-call timing asserts) and the bytes one call may allocate on the Java heap
 * (measured per thread, so a guest claiming a 4 GiB length must trap before allocating). Public
 * because the fuzz drivers are compiled against the test classpath.
 */
public final class FuzzBudget {
  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final long deadline;
  private final long seconds;
  private final long bytesPerCall;
  private long start;
  private long maxAllocated;

  /**
   * @param seconds the total time the run may take
   * @param bytesPerCall the most one call may allocate
   */
  public FuzzBudget(long seconds, long bytesPerCall) {
    this.seconds = seconds;
    this.deadline = System.nanoTime() + seconds * 1_000_000_000L;
    this.bytesPerCall = bytesPerCall;
  }

  /** Marks the start of a call. */
  public void begin() {
    start = threads.getCurrentThreadAllocatedBytes();
  }

  /**
   * Marks the end of a call (also after it threw) and checks both limits.
   *
   * @param what names the call (seed, iteration, function) in the failure message
   */
  public void end(String what) {
    long allocated = threads.getCurrentThreadAllocatedBytes() - start;
    maxAllocated = Math.max(maxAllocated, allocated);
    if (allocated > bytesPerCall) {
      throw new AssertionError(
          what + ": allocated " + allocated + " bytes (limit " + bytesPerCall + ")");
    }
    if (System.nanoTime() > deadline) {
      throw new AssertionError(what + ": the run exceeded its budget of " + seconds + " s");
    }
  }

  /** The most one call allocated so far. */
  public long maxAllocated() {
    return maxAllocated;
  }
}
