package io.witj.it.roundtrip;

import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.witj.it.roundtrip.rust.RoundtripRust;
import java.util.function.Function;

/** A fresh instance of the Rust guest with recording host implementations of its imports. */
final class RustGuest implements AutoCloseable {
  final Recorder recorder = new Recorder();
  final CounterLog counters = new CounterLog();
  final RoundtripRust world;

  /**
   * The builder's default memory (witj's ArrayBackedMemory) where {@code memoryFactory} is null.
   */
  RustGuest(Function<MemoryLimits, Memory> memoryFactory) {
    RoundtripRust.Builder builder =
        RoundtripRust.builder(Guests.module(Guests.RUST))
            .hostBasics(new RustHostBasics(recorder))
            .counters(new RustCounters(counters));
    if (memoryFactory != null) {
      builder.memoryFactory(memoryFactory);
    }
    this.world = builder.build();
  }

  @Override
  public void close() {
    world.close();
  }
}
