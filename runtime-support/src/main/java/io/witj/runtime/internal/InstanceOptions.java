package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How Chicory instances of a guest are built: the machine (interpreter or compiler) and the memory
 * implementation; null leaves Chicory's default. Applied to every core instance of a guest.
 *
 * @param machineFactory e.g. {@code MachineFactoryCompiler::compile}, or null
 * @param memoryFactory e.g. {@code ArrayBackedMemory::new}, or null
 */
public record InstanceOptions(
    @Nullable Function<Instance, Machine> machineFactory,
    @Nullable Function<MemoryLimits, Memory> memoryFactory) {

  /** Chicory's defaults. */
  public static final InstanceOptions DEFAULTS = new InstanceOptions(null, null);

  /** Sets the factories on {@code builder} (and {@code withStart(false)}: see {@link Guest}). */
  public Instance.Builder apply(Instance.Builder builder) {
    builder.withStart(false);
    if (machineFactory != null) {
      builder.withMachineFactory(machineFactory);
    }
    if (memoryFactory != null) {
      builder.withMemoryFactory(memoryFactory);
    }
    return builder;
  }
}
