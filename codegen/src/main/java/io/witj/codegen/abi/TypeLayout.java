package io.witj.codegen.abi;

import java.util.List;

/**
 * Where a value of one type lives in 32-bit linear memory ({@code alignment}, {@code size} — the
 * spec's {@code elem_size}) and which core values it becomes when passed flat ({@code flat}, the
 * spec's {@code flatten_type}).
 */
public record TypeLayout(int alignment, int size, List<CoreType> flat) {
  public TypeLayout {
    flat = List.copyOf(flat);
  }

  static final TypeLayout I32_SCALAR = new TypeLayout(4, 4, List.of(CoreType.I32));
  static final TypeLayout POINTER_PAIR = new TypeLayout(4, 8, List.of(CoreType.I32, CoreType.I32));

  /** {@code ptr} rounded up to a multiple of {@code alignment} (a power of two). */
  public static int alignTo(int ptr, int alignment) {
    return (ptr + alignment - 1) & -alignment;
  }
}
