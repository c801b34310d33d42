package io.witj.it.roundtrip;

import io.witj.it.roundtrip.rust.RoundtripRust;

/** A fresh instance of the Rust guest with recording host implementations of its imports. */
final class RustGuest implements AutoCloseable {
  final Recorder recorder = new Recorder();
  final CounterLog counters = new CounterLog();
  final RoundtripRust world;

  RustGuest() {
    this.world = RoundtripRust.builder(Guests.module(Guests.RUST))
        .hostBasics(new RustHostBasics(recorder))
        .counters(new RustCounters(counters))
        .build();
  }

  @Override
  public void close() {
    world.close();
  }
}
