package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.memory.ArrayBackedMemory;

/**
 * Real memories and contexts for tests, without a module. The memory is Chicory's default, {@link
 * ByteBufferMemory}, or witj's {@link ArrayBackedMemory} when the system property {@code
 * witj.test.memory} is {@code array} (the surefire execution {@code array-backed-memory}).
 */
final class TestMemory {
  static final boolean ARRAY_BACKED = "array".equals(System.getProperty("witj.test.memory"));

  private TestMemory() {}

  /** A memory of {@code pages} 64 KiB pages that can grow to {@code maxPages}. */
  static Memory memory(int pages, int maxPages) {
    MemoryLimits limits = new MemoryLimits(pages, maxPages);
    return ARRAY_BACKED ? new ArrayBackedMemory(limits) : new ByteBufferMemory(limits);
  }

  static CanonContext context(Memory memory, Realloc realloc, StringEncoding encoding) {
    return CanonContext.builder(memory)
        .realloc(realloc)
        .encoding(encoding)
        .function("test:pkg/i#f")
        .build();
  }

  /** A context over a fresh 1..16-page memory with a bump allocator starting at 8. */
  static CanonContext context(StringEncoding encoding) {
    Memory m = memory(1, 16);
    return context(m, new BumpAllocator(m, 8), encoding);
  }

  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }
}
