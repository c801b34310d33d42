package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.Memory;
import java.util.ArrayList;
import java.util.List;

/** The conformance README's bump allocator model; records every call and return value. */
final class BumpAllocator implements Realloc {
  private final Memory memory;
  private int last;
  final List<List<Integer>> calls = new ArrayList<>();
  final List<Integer> returns = new ArrayList<>();

  BumpAllocator(Memory memory, int heapStart) {
    this.memory = memory;
    this.last = heapStart;
  }

  @Override
  public int realloc(int oldPtr, int oldSize, int align, int newSize) {
    calls.add(List.of(oldPtr, oldSize, align, newSize));
    int ret;
    if (oldPtr != 0 && newSize < oldSize) {
      ret = alignTo(oldPtr, align);
    } else {
      ret = alignTo(last, align);
      if (oldSize > 0) {
        memory.write(ret, memory.readBytes(oldPtr, oldSize));
      }
      last = ret + newSize;
    }
    returns.add(ret);
    return ret;
  }

  private static int alignTo(int p, int align) {
    return (p + align - 1) / align * align;
  }
}
