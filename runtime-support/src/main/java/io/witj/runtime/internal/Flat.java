package io.witj.runtime.internal;

/**
 * Conversions between Java values and flat core values ({@code i32}/{@code i64}/{@code f32}/ {@code
 * f64}), following the spec's {@code lift_flat}/{@code lower_flat}, including the coercions a
 * variant payload needs when it travels in a slot of a wider joined type.
 *
 * <p>Chicory passes every core value as a {@code long}; an {@code i32} travels in its low 32 bits.
 * As in the spec, lifting a narrower integer from an {@code i32} ({@code u8} from an {@code i32},
 * an {@code i32} payload from an {@code i64} slot) ignores the high bits rather than trapping: the
 * core type guarantees the range, and the spec's {@code wrap_i64_to_i32} is a plain truncation.
 *
 * <p>Floats follow the deterministic profile: every NaN, lifted or lowered, becomes the canonical
 * NaN ({@code 0x7fc00000} / {@code 0x7ff8000000000000}).
 */
public final class Flat {
  /** The canonical f32 NaN bit pattern. */
  public static final int CANONICAL_F32_NAN = 0x7fc0_0000;

  /** The canonical f64 NaN bit pattern. */
  public static final long CANONICAL_F64_NAN = 0x7ff8_0000_0000_0000L;

  private Flat() {}

  /** {@code bool} from an {@code i32}: non-zero is {@code true}. */
  public static boolean liftBool(int i32) {
    return i32 != 0;
  }

  /** {@code bool} to an {@code i32}: 0 or 1. */
  public static int lowerBool(boolean value) {
    return value ? 1 : 0;
  }

  /** An {@code f32} value to its bit pattern, NaN canonicalized (for f32 or i32 slots). */
  public static int f32ToI32(float value) {
    return Float.floatToIntBits(value); // maps every NaN to 0x7fc00000
  }

  /** An {@code f32} from its bit pattern, NaN canonicalized. */
  public static float i32ToF32(int bits) {
    return canonicalize(Float.intBitsToFloat(bits));
  }

  /** An {@code f64} value to its bit pattern, NaN canonicalized (for f64 or i64 slots). */
  public static long f64ToI64(double value) {
    return Double.doubleToLongBits(value); // maps every NaN to 0x7ff8000000000000
  }

  /** An {@code f64} from its bit pattern, NaN canonicalized. */
  public static double i64ToF64(long bits) {
    return canonicalize(Double.longBitsToDouble(bits));
  }

  /** An {@code f32} payload in an {@code i64} slot: its bit pattern, zero-extended. */
  public static long f32ToI64(float value) {
    return i32ToI64(f32ToI32(value));
  }

  /** An {@code f32} payload from an {@code i64} slot: the low 32 bits as a float. */
  public static float i64ToF32(long slot) {
    return i32ToF32(wrapI64ToI32(slot));
  }

  /** An {@code i32} payload in an {@code i64} slot: zero-extended. */
  public static long i32ToI64(int value) {
    return value & 0xFFFF_FFFFL;
  }

  /** The spec's {@code wrap_i64_to_i32}: the low 32 bits of an {@code i64} slot. */
  public static int wrapI64ToI32(long slot) {
    return (int) slot;
  }

  /** Any NaN to the canonical f32 NaN; other values unchanged. */
  public static float canonicalize(float value) {
    return Float.isNaN(value) ? Float.NaN : value;
  }

  /** Any NaN to the canonical f64 NaN; other values unchanged. */
  public static double canonicalize(double value) {
    return Double.isNaN(value) ? Double.NaN : value;
  }

  /** The mask of the bits that a {@code flags} type with {@code labelCount} (1..32) labels uses. */
  public static int flagsMask(int labelCount) {
    if (labelCount < 1 || labelCount > 32) {
      throw new IllegalArgumentException("flags must have 1..32 labels, not " + labelCount);
    }
    return labelCount == 32 ? -1 : (1 << labelCount) - 1;
  }
}
