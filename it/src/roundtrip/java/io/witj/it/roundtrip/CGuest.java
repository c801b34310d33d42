package io.witj.it.roundtrip;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.witj.it.roundtrip.c.RoundtripC;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A fresh instance of the C guest with recording host implementations of its imports. */
final class CGuest implements AutoCloseable {
  final Recorder recorder = new Recorder();
  final CounterLog counters = new CounterLog();
  final List<String> log = new ArrayList<>();
  final RoundtripC world;

  /** The builder's defaults where a factory is null (Chicory's interpreter, witj's memory). */
  CGuest(Function<Instance, Machine> machineFactory, Function<MemoryLimits, Memory> memoryFactory) {
    RoundtripC.Builder builder =
        RoundtripC.builder(Guests.module(Guests.C))
            .hostBasics(new CHostBasics(recorder))
            .hostMore(new CHostMore(recorder))
            .counters(new CCounters(counters))
            .imports(log::add);
    if (machineFactory != null) {
      builder.machineFactory(machineFactory);
    }
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
