package io.witj.bench.jco;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.witj.bench.Guest;
import java.util.function.Function;

/** One witj configuration of the comparison: Chicory's machine and the guest memory. */
enum Variant {
  INTERPRETER_CHICORY_MEMORY("witj interpreter, ByteBufferMemory", false, false),
  INTERPRETER_ARRAY_MEMORY("witj interpreter, ArrayBackedMemory", false, true),
  COMPILER_CHICORY_MEMORY("witj compiler, ByteBufferMemory", true, false),
  COMPILER_ARRAY_MEMORY("witj compiler, ArrayBackedMemory", true, true);

  final String title;
  private final boolean compiler;
  private final boolean arrayMemory;

  Variant(String title, boolean compiler, boolean arrayMemory) {
    this.title = title;
    this.compiler = compiler;
    this.arrayMemory = arrayMemory;
  }

  /** Chicory's compiler, or null for its interpreter (the builders' default). */
  Function<Instance, Machine> machineFactory() {
    return Guest.machineFactory(compiler ? "compiler" : "interpreter");
  }

  /** witj's ArrayBackedMemory (the generated default) or Chicory 1.6.1's default memory. */
  Function<MemoryLimits, Memory> memoryFactory() {
    return Guest.memoryFactory(arrayMemory ? "array" : "bytebuffer");
  }
}
