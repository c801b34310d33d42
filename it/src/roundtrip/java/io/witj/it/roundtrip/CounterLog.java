package io.witj.it.roundtrip;

import java.util.ArrayList;
import java.util.List;

/**
 * The host's counters as the guest created, used and dropped them: shared by the host
 * implementations of {@code counters} of both guests' bindings.
 */
final class CounterLog {
  /** One host counter. */
  static final class Entry {
    private int value;
    private boolean closed;

    Entry(int value) {
      this.value = value;
    }

    int add(int n) {
      check();
      value += n;
      return value;
    }

    int get() {
      check();
      return value;
    }

    void close() {
      if (closed) {
        throw new AssertionError("counter closed twice");
      }
      closed = true;
    }

    boolean closed() {
      return closed;
    }

    private void check() {
      if (closed) {
        throw new AssertionError("counter used after close");
      }
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  Entry create(int value) {
    Entry e = new Entry(value);
    entries.add(e);
    return e;
  }

  int created() {
    return entries.size();
  }

  long open() {
    return entries.stream().filter(e -> !e.closed()).count();
  }
}
