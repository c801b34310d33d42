package io.witj.wasi.io;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import io.witj.wasi.bindings.io.Poll;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code wasi:io/poll}: returns the indices of the pollables that are ready, after blocking until
 * the earliest deadline among them if none is. A blocked guest is interrupted by interrupting its
 * thread: the wait ends with Chicory's {@link ChicoryInterruptedException}, as an interrupted guest
 * does in Chicory's interpreter.
 */
public final class PollImpl implements Poll {
  @Override
  public int[] poll(List<Pollable> in) {
    if (in.isEmpty()) {
      throw new IllegalArgumentException("poll of an empty list (the guest must pass pollables)");
    }
    List<HostPollable> pollables = new ArrayList<>(in.size());
    for (Pollable p : in) {
      pollables.add((HostPollable) p);
    }
    return await(pollables);
  }

  /** Waits until at least one of {@code pollables} is ready; returns the indices of those ready. */
  static int[] await(List<HostPollable> pollables) {
    while (true) {
      int[] ready = ready(pollables);
      if (ready.length > 0) {
        return ready;
      }
      long deadline = HostPollable.NO_DEADLINE;
      for (HostPollable p : pollables) {
        deadline = Math.min(deadline, p.deadline());
      }
      if (deadline == HostPollable.NO_DEADLINE) {
        throw new IllegalStateException("poll would block forever: no pollable can become ready");
      }
      long wait = deadline - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      if (Thread.interrupted()) {
        throw new ChicoryInterruptedException("the guest was interrupted while blocked in poll");
      }
    }
  }

  private static int[] ready(List<HostPollable> pollables) {
    int count = 0;
    int[] indices = new int[pollables.size()];
    for (int i = 0; i < pollables.size(); i++) {
      if (pollables.get(i).ready()) {
        indices[count++] = i;
      }
    }
    return java.util.Arrays.copyOf(indices, count);
  }
}
