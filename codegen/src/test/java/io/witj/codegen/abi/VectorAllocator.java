package io.witj.codegen.abi;

import com.dylibso.chicory.runtime.Memory;
import io.witj.runtime.internal.Realloc;
import java.util.ArrayList;
import java.util.List;

/**
 * The conformance vectors' allocator model: a bump allocator that never frees, shrinks in place,
 * and copies on grow; it records every call and every returned pointer.
 */
final class VectorAllocator implements Realloc {
  private final Memory memory;
  private long last;
  final List<List<Long>> calls = new ArrayList<>();
  final List<Long> returns = new ArrayList<>();

  VectorAllocator(Memory memory, int heapStart) {
    this.memory = memory;
    this.last = heapStart;
  }

  @Override
  public int realloc(int oldPtr, int oldSize, int align, int newSize) {
    long old = Integer.toUnsignedLong(oldPtr);
    long oldLen = Integer.toUnsignedLong(oldSize);
    long newLen = Integer.toUnsignedLong(newSize);
    calls.add(List.of(old, oldLen, (long) align, newLen));
    long result;
    if (old != 0 && newLen < oldLen) {
      result = alignTo(old, align);
    } else {
      result = alignTo(last, align);
      if (oldLen > 0) {
        memory.write((int) result, memory.readBytes(oldPtr, (int) oldLen));
      }
      last = result + newLen;
    }
    returns.add(result);
    return (int) result;
  }

  private static long alignTo(long ptr, int align) {
    return (ptr + align - 1) / align * align;
  }
}
