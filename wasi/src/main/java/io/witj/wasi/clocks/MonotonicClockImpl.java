package io.witj.wasi.clocks;

import io.witj.wasi.bindings.clocks.MonotonicClock;
import io.witj.wasi.bindings.io.Poll;
import io.witj.wasi.io.HostPollable;

/**
 * {@code wasi:clocks/monotonic-clock}: {@link System#nanoTime()} counted from the host's start (so
 * that it reveals nothing about the machine's uptime); subscriptions are pollables ready at their
 * deadline.
 */
public final class MonotonicClockImpl implements MonotonicClock {
  private final long origin = System.nanoTime();

  @Override
  public long now() {
    return System.nanoTime() - origin;
  }

  @Override
  public long resolution() {
    return 1;
  }

  @Override
  public Poll.Pollable subscribeInstant(long when) {
    return HostPollable.at(origin + clamp(when));
  }

  @Override
  public Poll.Pollable subscribeDuration(long duration) {
    return HostPollable.at(System.nanoTime() + clamp(duration));
  }

  /** An unsigned nanosecond count, at most {@code Long.MAX_VALUE / 4} (about 73 years). */
  private static long clamp(long unsigned) {
    return unsigned < 0 || unsigned > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : unsigned;
  }
}
