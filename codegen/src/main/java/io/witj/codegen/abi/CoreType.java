package io.witj.codegen.abi;

/** A core WebAssembly value type, as the Canonical ABI flattens component values into. */
public enum CoreType {
  I32("i32"),
  I64("i64"),
  F32("f32"),
  F64("f64");

  private final String watName;

  CoreType(String watName) {
    this.watName = watName;
  }

  /** The name as written in the text format and in the conformance vectors ({@code "i32"}, …). */
  public String watName() {
    return watName;
  }

  /**
   * The spec's {@code join}: the narrowest core type both {@code a} and {@code b} can be bit-cast
   * into, used when variant cases put different types into the same flat slot.
   */
  public static CoreType join(CoreType a, CoreType b) {
    if (a == b) {
      return a;
    }
    if ((a == I32 && b == F32) || (a == F32 && b == I32)) {
      return I32;
    }
    return I64;
  }

  @Override
  public String toString() {
    return watName;
  }
}
