package io.witj.demo.guest;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A time limit on the guest call running on the current thread: when it passes, the thread is
 * interrupted, which Chicory's interpreter and compiled code notice and end the call with a trap.
 * Closing the deadline (always, in a {@code finally}) cancels it and clears an interrupt that it
 * delivered; {@link #close} says whether it did.
 */
final class Deadline implements AutoCloseable {
  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int EXPIRED = 2;

  private final AtomicInteger state = new AtomicInteger(RUNNING);
  private final ScheduledFuture<?> timer;

  Deadline(ScheduledExecutorService scheduler, Duration limit) {
    Thread caller = Thread.currentThread();
    this.timer =
        scheduler.schedule(
            () -> {
              if (state.compareAndSet(RUNNING, EXPIRED)) {
                caller.interrupt();
              }
            },
            limit.toNanos(),
            TimeUnit.NANOSECONDS);
  }

  /** Whether the limit passed (the interrupt is then cleared from this thread). */
  boolean expired() {
    return state.get() == EXPIRED;
  }

  /** Ends the deadline (call once); afterwards {@link #expired} no longer changes. */
  @Override
  public void close() {
    if (!state.compareAndSet(RUNNING, DONE)) {
      // the timer interrupted this thread (or is about to, past the state change): clear it
      Thread.interrupted();
    }
    timer.cancel(false);
  }
}
