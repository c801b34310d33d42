package io.witj.wasi.io;

import io.witj.wasi.bindings.io.Poll;
import java.util.List;

/**
 * A {@code wasi:io/poll.pollable} of this host: ready now, or ready at a monotonic deadline.
 * Streams over Java streams and files are always ready (their operations complete or block by
 * themselves); clock subscriptions become ready at their deadline.
 */
public abstract class HostPollable implements Poll.Pollable {
  /** No deadline: the pollable is ready whenever {@link #ready()} says so. */
  public static final long NO_DEADLINE = Long.MAX_VALUE;

  /** The {@link System#nanoTime()} at which this pollable is ready, or {@link #NO_DEADLINE}. */
  public abstract long deadline();

  @Override
  public void block() {
    PollImpl.await(List.of(this));
  }

  /** A pollable that is always ready. */
  public static HostPollable alwaysReady() {
    return new HostPollable() {
      @Override
      public long deadline() {
        return NO_DEADLINE;
      }

      @Override
      public boolean ready() {
        return true;
      }
    };
  }

  /** A pollable that is ready once {@link System#nanoTime()} reaches {@code deadline}. */
  public static HostPollable at(long deadline) {
    return new HostPollable() {
      @Override
      public long deadline() {
        return deadline;
      }

      @Override
      public boolean ready() {
        return System.nanoTime() - deadline >= 0;
      }
    };
  }
}
