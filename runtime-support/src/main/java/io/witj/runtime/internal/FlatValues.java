package io.witj.runtime.internal;

/**
 * Writing flat values into the {@code long[]} that Chicory passes core values in: {@code i32}
 * values zero-extended (so a payload in a joined {@code i64} slot is, as the spec wants), and
 * packed (pointer, length) pairs as two slots.
 */
public final class FlatValues {
  private FlatValues() {}

  /**
   * Stores a packed (pointer, length) pair (see {@link PtrLen}) at {@code flat[index]} and {@code
   * flat[index + 1]}.
   */
  public static void putPtrLen(long[] flat, int index, long packed) {
    flat[index] = Flat.i32ToI64(PtrLen.ptr(packed));
    flat[index + 1] = Flat.i32ToI64(PtrLen.len(packed));
  }
}
