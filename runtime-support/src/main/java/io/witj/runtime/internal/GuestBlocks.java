package io.witj.runtime.internal;

import java.util.Arrays;

/**
 * The memory blocks of one export result that the host gives back to a wit-bindgen 0.2 guest (every
 * string's bytes and every list's elements): collected while the result is still intact, then freed
 * in order by {@link GuestInstance#free(GuestBlocks)}. Reading everything before the first {@code
 * canonical_abi_free} runs keeps guest code from changing what is read.
 */
public final class GuestBlocks {
  private int[] ptrs = new int[8];
  private long[] sizes = new long[8];
  private int[] aligns = new int[8];
  private int count;

  /**
   * Adds the block of {@code count} elements of {@code elemSize} bytes at {@code ptr}; an empty
   * block is left out (the guest allocated nothing for it).
   *
   * @param count the unsigned element count as the guest wrote it
   */
  public void add(int ptr, int count, int elemSize, int align) {
    long size = Integer.toUnsignedLong(count) * elemSize;
    if (size == 0) {
      return;
    }
    if (this.count == ptrs.length) {
      ptrs = Arrays.copyOf(ptrs, this.count * 2);
      sizes = Arrays.copyOf(sizes, this.count * 2);
      aligns = Arrays.copyOf(aligns, this.count * 2);
    }
    ptrs[this.count] = ptr;
    sizes[this.count] = size;
    aligns[this.count] = align;
    this.count++;
  }

  /** How many blocks there are. */
  public int size() {
    return count;
  }

  int ptr(int i) {
    return ptrs[i];
  }

  long byteSize(int i) {
    return sizes[i];
  }

  int align(int i) {
    return aligns[i];
  }
}
