package io.witj.runtime.bench;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.witj.runtime.memory.ArrayBackedMemory;
import java.util.function.Function;

/**
 * The guest memories the benchmarks compare, by the name of their JMH parameter {@code memoryKind}:
 * {@code bytebuffer}, Chicory 1.6.1's default {@code ByteBufferMemory}; {@code bytearray},
 * Chicory's {@code ByteArrayMemory}; {@code array}, witj's {@link ArrayBackedMemory} (the default
 * of generated bindings).
 */
final class MemoryKind {
  private MemoryKind() {}

  static Function<MemoryLimits, Memory> factory(String kind) {
    return switch (kind) {
      case "bytebuffer" -> ByteBufferMemory::new;
      case "bytearray" -> ByteArrayMemory::new;
      case "array" -> ArrayBackedMemory::new;
      default -> throw new IllegalArgumentException("unknown memoryKind " + kind);
    };
  }
}
