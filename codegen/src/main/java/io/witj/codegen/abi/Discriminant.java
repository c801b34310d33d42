package io.witj.codegen.abi;

/**
 * The integer type that holds a variant's case index in memory: the smallest of u8, u16 and u32
 * that covers the number of cases. Flat, it is always one {@code i32}.
 */
public enum Discriminant {
  U8(1),
  U16(2),
  U32(4);

  private final int size;

  Discriminant(int size) {
    this.size = size;
  }

  /** Byte size, which is also the alignment. */
  public int size() {
    return size;
  }

  /** The discriminant for a variant of {@code caseCount} cases (at least 1). */
  public static Discriminant forCaseCount(long caseCount) {
    if (caseCount <= 0) {
      throw new IllegalArgumentException("a variant needs at least one case, got " + caseCount);
    }
    if (caseCount <= 1L << 8) {
      return U8;
    }
    if (caseCount <= 1L << 16) {
      return U16;
    }
    return U32;
  }
}
