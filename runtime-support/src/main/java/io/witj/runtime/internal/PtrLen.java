package io.witj.runtime.internal;

/**
 * A (pointer, length) pair packed into one {@code long}, as returned by the lowering methods of
 * {@link StringCodec} and {@link ListCodec}: the pointer in the low 32 bits, the (possibly tagged)
 * length in the high 32 bits. Packing avoids allocating a pair object per lowered string or list;
 * generated code splits it with {@link #ptr} and {@link #len} into the two core {@code i32} values,
 * or writes it to memory with {@link CanonContext#storePtrLen}.
 */
public final class PtrLen {
  private PtrLen() {}

  /** Packs {@code ptr} and {@code len} (both unsigned 32-bit values). */
  public static long pack(int ptr, int len) {
    return (ptr & 0xFFFF_FFFFL) | ((long) len << 32);
  }

  /** The pointer of a packed pair. */
  public static int ptr(long packed) {
    return (int) packed;
  }

  /** The length of a packed pair (for {@code latin1+utf16} strings it includes the UTF-16 tag). */
  public static int len(long packed) {
    return (int) (packed >>> 32);
  }
}
