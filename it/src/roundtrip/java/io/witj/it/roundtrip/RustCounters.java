package io.witj.it.roundtrip;

import io.witj.it.roundtrip.rust.Counters;

/** counters for the Rust guest, over a {@link CounterLog}. */
final class RustCounters implements Counters {
  /** A host counter as the Rust guest's bindings see it. */
  static final class HostCounter implements Counter {
    final CounterLog.Entry entry;

    HostCounter(CounterLog.Entry entry) {
      this.entry = entry;
    }

    @Override
    public int add(int n) {
      return entry.add(n);
    }

    @Override
    public int get() {
      return entry.get();
    }

    @Override
    public void close() {
      entry.close();
    }
  }

  private final CounterLog log;

  RustCounters(CounterLog log) {
    this.log = log;
  }

  @Override
  public Counter newCounter(int start) {
    return new HostCounter(log.create(start));
  }

  @Override
  public Counter counterMerge(Counter a, Counter b) {
    return newCounter(a.get() + b.get());
  }

  @Override
  public int consume(Counter c) {
    int value = c.get();
    ((HostCounter) c).close();
    return value;
  }
}
