package io.witj.runtime.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Lists: bulk lifting and lowering of primitive element lists ({@code list<u8>} as {@code byte[]},
 * ..., {@code list<char>} as {@code int[]}), and the range checks and allocation that generated
 * code uses for element-wise lists of other types.
 *
 * <p>A primitive list costs one {@code Memory.readBytes}/{@code write} plus a little-endian {@link
 * ByteBuffer} view copy, never a per-element memory call. Lifting checks the spec's conditions
 * before any Java array is allocated: byte length ({@code count * elemSize}, computed in {@code
 * long}) at most {@link CanonContext#MAX_LIST_BYTE_LENGTH}, pointer alignment, and range; a guest
 * claiming a 4 GiB list traps at once. Element checks follow the spec: {@code bool} is non-zero =
 * true, {@code char} traps on invalid scalar values, and float NaNs are canonicalized.
 *
 * <p>The {@code lift*}/{@code lower*} methods take and return a (pointer, count) pair; {@code
 * lift*} also reads the inline elements of a fixed-length {@code list<T, N>} (pass its address and
 * N). The {@code store*} methods write elements in place at an address (inline fixed-length lists,
 * or a buffer from {@link #allocate}) without allocating.
 */
public final class ListCodec {
  /** The longest Java array (and so {@code ArrayList}) HotSpot allocates. */
  private static final long MAX_JAVA_LENGTH = Integer.MAX_VALUE - 8;

  private ListCodec() {}

  // ---- element-wise lists ----------------------------------------------------------------------

  /**
   * The spec's {@code load_list_from_range} checks for {@code count} elements of {@code elemSize}
   * bytes at {@code ptr}: byte length, alignment, bounds; then charges the bytes to the call's lift
   * budget ({@link CanonContext#chargeLift}). Call before loading elements one by one.
   */
  public static void checkRange(CanonContext cx, int ptr, int count, int elemSize, int align) {
    long byteLength = Integer.toUnsignedLong(count) * elemSize;
    if (byteLength > CanonContext.MAX_LIST_BYTE_LENGTH) {
      throw cx.trap(
          String.format(
              "list of %d elements of %d bytes exceeds the maximum of %d bytes",
              Integer.toUnsignedLong(count), elemSize, CanonContext.MAX_LIST_BYTE_LENGTH));
    }
    cx.checkRange(ptr, byteLength, align, "list");
    cx.chargeLift(byteLength);
  }

  /**
   * {@link #checkRange(CanonContext, int, int, int, int)}, then charges the Java heap of lifting
   * the list element by element to the call's lift limit ({@link CanonContext#chargeHost}): {@code
   * count * hostBytesPerElement}, which generated code estimates from the element type (an element
   * slot and the objects of one element, the objects of its strings and lists included; their
   * contents are charged when they are lifted). So a list traps before anything is allocated
   * whenever its elements alone exceed the limit; the elements of an empty record take no guest
   * memory, so only this charge bounds their count.
   *
   * @param type the list's WIT type for messages, e.g. {@code "list<perms>"}
   */
  public static void checkRange(
      CanonContext cx,
      int ptr,
      int count,
      int elemSize,
      int align,
      int hostBytesPerElement,
      String type) {
    long n = Integer.toUnsignedLong(count);
    checkRange(cx, ptr, count, elemSize, align);
    cx.chargeHost(n * hostBytesPerElement, type, n);
    if (n > MAX_JAVA_LENGTH) { // only reachable with a lift limit of several GiB
      throw cx.trap(
          String.format(
              "%s of %d elements is longer than a Java list can be (%d)",
              type, n, MAX_JAVA_LENGTH));
    }
  }

  /**
   * Allocates the buffer of a list of {@code count} elements ({@code realloc(0, 0, align, count *
   * elemSize)}); the caller then stores the elements and passes (pointer, count) on.
   */
  public static int allocate(CanonContext cx, int align, int elemSize, int count) {
    return cx.allocate(align, Integer.toUnsignedLong(count) * elemSize);
  }

  /**
   * Checks a host value of a fixed-length {@code list<T, N>} has exactly {@code expected} elements.
   *
   * @throws IllegalArgumentException otherwise (the host, not the guest, broke the contract)
   */
  public static void requireLength(CanonContext cx, int actual, int expected) {
    if (actual != expected) {
      throw new IllegalArgumentException(
          String.format(
              "%s: fixed-length list needs %d elements, got %d", cx.function(), expected, actual));
    }
  }

  // ---- lifting (pointer, count) ----------------------------------------------------------------

  /** Lifts a {@code list<u8>}/{@code list<s8>}. */
  public static byte[] liftBytes(CanonContext cx, int ptr, int count) {
    return readRaw(cx, ptr, count, 1, "list<u8>", 1);
  }

  /** Lifts a {@code list<u16>}/{@code list<s16>}. */
  public static short[] liftShorts(CanonContext cx, int ptr, int count) {
    byte[] raw = readRaw(cx, ptr, count, 2, "list<u16>", 2);
    short[] out = new short[raw.length / 2];
    le(raw).asShortBuffer().get(out);
    return out;
  }

  /** Lifts a {@code list<u32>}/{@code list<s32>}. */
  public static int[] liftInts(CanonContext cx, int ptr, int count) {
    byte[] raw = readRaw(cx, ptr, count, 4, "list<u32>", 2);
    int[] out = new int[raw.length / 4];
    le(raw).asIntBuffer().get(out);
    return out;
  }

  /** Lifts a {@code list<u64>}/{@code list<s64>}. */
  public static long[] liftLongs(CanonContext cx, int ptr, int count) {
    byte[] raw = readRaw(cx, ptr, count, 8, "list<u64>", 2);
    long[] out = new long[raw.length / 8];
    le(raw).asLongBuffer().get(out);
    return out;
  }

  /** Lifts a {@code list<f32>}; NaNs become the canonical NaN. */
  public static float[] liftFloats(CanonContext cx, int ptr, int count) {
    byte[] raw = readRaw(cx, ptr, count, 4, "list<f32>", 2);
    float[] out = new float[raw.length / 4];
    le(raw).asFloatBuffer().get(out);
    for (int i = 0; i < out.length; i++) {
      out[i] = Flat.canonicalize(out[i]);
    }
    return out;
  }

  /** Lifts a {@code list<f64>}; NaNs become the canonical NaN. */
  public static double[] liftDoubles(CanonContext cx, int ptr, int count) {
    byte[] raw = readRaw(cx, ptr, count, 8, "list<f64>", 2);
    double[] out = new double[raw.length / 8];
    le(raw).asDoubleBuffer().get(out);
    for (int i = 0; i < out.length; i++) {
      out[i] = Flat.canonicalize(out[i]);
    }
    return out;
  }

  /** Lifts a {@code list<bool>}: each non-zero byte is {@code true}. */
  public static boolean[] liftBooleans(CanonContext cx, int ptr, int count) {
    byte[] raw = readRaw(cx, ptr, count, 1, "list<bool>", 2);
    boolean[] out = new boolean[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = raw[i] != 0;
    }
    return out;
  }

  /** Lifts a {@code list<char>} as code points; traps on a surrogate or a value above U+10FFFF. */
  public static int[] liftChars(CanonContext cx, int ptr, int count) {
    int[] out = liftInts(cx, ptr, count);
    for (int c : out) {
      cx.liftChar(c);
    }
    return out;
  }

  // ---- lowering into a fresh allocation, returning the packed (pointer, count) ------------------

  /** Lowers a {@code list<u8>}/{@code list<s8>}. */
  public static long lowerBytes(CanonContext cx, byte[] values) {
    return writeNew(cx, values, 1, values.length);
  }

  /** Lowers a {@code list<u16>}/{@code list<s16>}. */
  public static long lowerShorts(CanonContext cx, short[] values) {
    return writeNew(cx, toBytes(values), 2, values.length);
  }

  /** Lowers a {@code list<u32>}/{@code list<s32>}. */
  public static long lowerInts(CanonContext cx, int[] values) {
    return writeNew(cx, toBytes(values), 4, values.length);
  }

  /** Lowers a {@code list<u64>}/{@code list<s64>}. */
  public static long lowerLongs(CanonContext cx, long[] values) {
    return writeNew(cx, toBytes(values), 8, values.length);
  }

  /** Lowers a {@code list<f32>}; NaNs are written canonical. */
  public static long lowerFloats(CanonContext cx, float[] values) {
    return writeNew(cx, toBytes(values), 4, values.length);
  }

  /** Lowers a {@code list<f64>}; NaNs are written canonical. */
  public static long lowerDoubles(CanonContext cx, double[] values) {
    return writeNew(cx, toBytes(values), 8, values.length);
  }

  /** Lowers a {@code list<bool>} as bytes 0/1. */
  public static long lowerBooleans(CanonContext cx, boolean[] values) {
    return writeNew(cx, toBytes(values), 1, values.length);
  }

  /** Lowers a {@code list<char>}; a host value that is not a Unicode scalar value is rejected. */
  public static long lowerChars(CanonContext cx, int[] codePoints) {
    return writeNew(cx, toBytes(cx, codePoints), 4, codePoints.length);
  }

  // ---- in place, at an address (fixed-length lists, element buffers) ---------------------------

  /** Stores {@code values} at {@code addr} without allocating (checked range). */
  public static void storeBytes(CanonContext cx, int addr, byte[] values) {
    writeAt(cx, addr, values, 1);
  }

  /** Stores {@code values} at {@code addr}, little-endian. */
  public static void storeShorts(CanonContext cx, int addr, short[] values) {
    writeAt(cx, addr, toBytes(values), 2);
  }

  /** Stores {@code values} at {@code addr}, little-endian. */
  public static void storeInts(CanonContext cx, int addr, int[] values) {
    writeAt(cx, addr, toBytes(values), 4);
  }

  /** Stores {@code values} at {@code addr}, little-endian. */
  public static void storeLongs(CanonContext cx, int addr, long[] values) {
    writeAt(cx, addr, toBytes(values), 8);
  }

  /** Stores {@code values} at {@code addr}; NaNs are written canonical. */
  public static void storeFloats(CanonContext cx, int addr, float[] values) {
    writeAt(cx, addr, toBytes(values), 4);
  }

  /** Stores {@code values} at {@code addr}; NaNs are written canonical. */
  public static void storeDoubles(CanonContext cx, int addr, double[] values) {
    writeAt(cx, addr, toBytes(values), 8);
  }

  /** Stores {@code values} at {@code addr} as bytes 0/1. */
  public static void storeBooleans(CanonContext cx, int addr, boolean[] values) {
    writeAt(cx, addr, toBytes(values), 1);
  }

  /** Stores code points at {@code addr} after validating them. */
  public static void storeChars(CanonContext cx, int addr, int[] codePoints) {
    writeAt(cx, addr, toBytes(cx, codePoints), 4);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * The checked raw bytes of a primitive list; {@code copies} Java arrays of its byte length are
   * charged to the lift limit (the result has the same element width; 2 when the raw bytes are
   * staged and converted).
   */
  private static byte[] readRaw(
      CanonContext cx, int ptr, int count, int elemSize, String type, int copies) {
    checkRange(cx, ptr, count, elemSize, elemSize);
    int byteLength = count * elemSize; // <= MAX_LIST_BYTE_LENGTH after the check
    cx.chargeHost(copies * (long) byteLength, type, count);
    return byteLength == 0 ? new byte[0] : cx.memory().readBytes(ptr, byteLength);
  }

  private static long writeNew(CanonContext cx, byte[] raw, int elemSize, int count) {
    int ptr = cx.allocate(elemSize, raw.length);
    if (raw.length > 0) {
      cx.memory().write(ptr, raw, 0, raw.length);
    }
    return PtrLen.pack(ptr, count);
  }

  private static void writeAt(CanonContext cx, int addr, byte[] raw, int align) {
    cx.checkRange(addr, raw.length, align, "list");
    if (raw.length > 0) {
      cx.memory().write(addr, raw, 0, raw.length);
    }
  }

  private static int stagingLength(int count, int elemSize) {
    long byteLength = (long) count * elemSize;
    if (byteLength > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "list of " + count + " elements of " + elemSize + " bytes is too large to lower");
    }
    return (int) byteLength;
  }

  private static ByteBuffer le(byte[] raw) {
    return ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] toBytes(short[] values) {
    byte[] raw = new byte[stagingLength(values.length, 2)];
    le(raw).asShortBuffer().put(values);
    return raw;
  }

  private static byte[] toBytes(int[] values) {
    byte[] raw = new byte[stagingLength(values.length, 4)];
    le(raw).asIntBuffer().put(values);
    return raw;
  }

  private static byte[] toBytes(long[] values) {
    byte[] raw = new byte[stagingLength(values.length, 8)];
    le(raw).asLongBuffer().put(values);
    return raw;
  }

  private static byte[] toBytes(float[] values) {
    byte[] raw = new byte[stagingLength(values.length, 4)];
    ByteBuffer view = le(raw);
    view.asFloatBuffer().put(values);
    for (int i = 0; i < values.length; i++) {
      if (Float.isNaN(values[i])) {
        view.putInt(4 * i, Flat.CANONICAL_F32_NAN);
      }
    }
    return raw;
  }

  private static byte[] toBytes(double[] values) {
    byte[] raw = new byte[stagingLength(values.length, 8)];
    ByteBuffer view = le(raw);
    view.asDoubleBuffer().put(values);
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        view.putLong(8 * i, Flat.CANONICAL_F64_NAN);
      }
    }
    return raw;
  }

  private static byte[] toBytes(boolean[] values) {
    byte[] raw = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      raw[i] = (byte) (values[i] ? 1 : 0);
    }
    return raw;
  }

  private static byte[] toBytes(CanonContext cx, int[] codePoints) {
    for (int c : codePoints) {
      cx.lowerChar(c);
    }
    return toBytes(codePoints);
  }
}
