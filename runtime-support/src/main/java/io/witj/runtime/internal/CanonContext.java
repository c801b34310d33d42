package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.ChicoryException;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.WitTrapException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Canonical ABI's lifting/lowering context ({@code LiftLowerContext} in the spec): a guest's
 * linear memory, its allocator, the world's string encoding and the name of the function being
 * lifted or lowered (used in every trap message).
 *
 * <p>It offers the checked primitives that generated code builds on: range and alignment checks
 * computed in {@code long} (no {@code int} overflow), guest allocation with validated results,
 * loads and stores of every primitive type at an address, and the value checks of the spec ({@code
 * char} range, discriminants, flags). Every guest violation raises {@link WitTrapException}; an
 * invalid value coming from the host raises {@link IllegalArgumentException}. Strings and lists
 * build on this class in {@link StringCodec} and {@link ListCodec}.
 *
 * <p>Pointers and lengths are unsigned 32-bit values carried in Java {@code int}s. Integers are
 * loaded and stored in two's complement; a WIT {@code u32} of 4294967295 is the Java {@code int}
 * -1. Instances are cheap: generated code derives one per function with {@link #forFunction}. Their
 * only mutable state is the {@linkplain LiftBudget lift budget} ({@link #resetLiftBudget}, {@link
 * #chargeLift}, {@link #chargeHost}): bounds-checked lifting alone does not stop a guest from
 * making the host allocate far more than its memory holds, through aliased pointers or through
 * elements that become much larger Java objects. Like the guest memory they wrap, contexts are not
 * thread-safe.
 */
public final class CanonContext {
  /** The spec's limit on the byte length of a string loaded from memory, {@code 2^28 - 1}. */
  public static final int MAX_STRING_BYTE_LENGTH = (1 << 28) - 1;

  /** The spec's limit on the byte length of a list loaded from memory, {@code 2^28 - 1}. */
  public static final int MAX_LIST_BYTE_LENGTH = (1 << 28) - 1;

  /** The largest size a single {@code realloc} call can request, {@code 2^32 - 1}. */
  public static final long REALLOC_I32_MAX = 0xFFFF_FFFFL;

  /**
   * The default lift limit: the values lifted in one call may take about 64 MiB of Java heap (see
   * {@link Builder#liftLimit}).
   */
  public static final long DEFAULT_LIFT_LIMIT = LiftBudget.DEFAULT_HOST_LIMIT;

  private final Memory memory;
  private final @Nullable Realloc realloc;
  private final StringEncoding encoding;
  private final StringLowering stringLowering;
  private final String function;
  private final LiftBudget budget;

  /** The state of the instance whose traps kill it; null for a context used on its own. */
  private final @Nullable InstanceState state;

  private CanonContext(Builder b) {
    this.memory = Objects.requireNonNull(b.memory, "memory");
    this.realloc = b.realloc;
    this.encoding = Objects.requireNonNull(b.encoding, "encoding");
    this.stringLowering = Objects.requireNonNull(b.stringLowering, "stringLowering");
    this.function = Objects.requireNonNull(b.function, "function");
    this.budget = new LiftBudget(b.liftLimit);
    this.state = b.state;
  }

  private CanonContext(CanonContext base, String function) {
    this.memory = base.memory;
    this.realloc = base.realloc;
    this.encoding = base.encoding;
    this.stringLowering = base.stringLowering;
    this.function = Objects.requireNonNull(function, "function");
    this.budget = new LiftBudget(base.budget.hostLimit());
    this.state = base.state;
  }

  /**
   * Starts a context over {@code memory}; defaults: UTF-8, {@link StringLowering#EXACT}, no
   * allocator.
   */
  public static Builder builder(Memory memory) {
    return new Builder(memory);
  }

  /** A context over a guest instance: its memory and, when exported, its {@code cabi_realloc}. */
  public static CanonContext of(Instance instance, StringEncoding encoding) {
    return of(instance, encoding, DEFAULT_LIFT_LIMIT);
  }

  /**
   * A context over a guest instance whose calls may lift values of about {@code liftLimit} bytes of
   * Java heap (see {@link Builder#liftLimit}).
   */
  public static CanonContext of(Instance instance, StringEncoding encoding, long liftLimit) {
    return of(instance, encoding, liftLimit, null, GuestRealloc.EXPORT_NAME);
  }

  /**
   * {@link #of(Instance, StringEncoding, long)} whose traps kill the instance of {@code state} and
   * whose allocator is the export {@code reallocExport} (e.g. wit-bindgen 0.2's {@code
   * canonical_abi_realloc}), bound when the guest exports it.
   */
  static CanonContext of(
      Instance instance,
      StringEncoding encoding,
      long liftLimit,
      @Nullable InstanceState state,
      String reallocExport) {
    Builder b = builder(instance.memory()).encoding(encoding).liftLimit(liftLimit);
    b.state = state;
    if (GuestExports.exportsFunction(instance, reallocExport)) {
      b.realloc(GuestRealloc.of(instance, reallocExport));
    }
    return b.build();
  }

  /** The same memory, allocator and options, naming {@code function} in trap messages. */
  public CanonContext forFunction(String function) {
    return new CanonContext(this, function);
  }

  /** The guest's linear memory. */
  public Memory memory() {
    return memory;
  }

  /** The world's string encoding. */
  public StringEncoding encoding() {
    return encoding;
  }

  /** How strings are allocated when lowered. */
  public StringLowering stringLowering() {
    return stringLowering;
  }

  /** The function named in trap messages. */
  public String function() {
    return function;
  }

  /**
   * A trap naming this context's function; callers {@code throw} it. The trap kills the guest
   * instance the context belongs to (every later call of it traps).
   */
  public WitTrapException trap(String check) {
    return trap(check, null);
  }

  private WitTrapException trap(String check, @Nullable Throwable cause) {
    WitTrapException t = new WitTrapException(function, check, cause);
    return state == null ? t : state.poison(t);
  }

  /** The current size of the memory in bytes (it can grow during any guest call, e.g. realloc). */
  public long memorySize() {
    return (long) memory.pages() * Memory.PAGE_SIZE;
  }

  // ---- lift budget ----------------------------------------------------------------------------

  /** The most Java heap (estimated, in bytes) the values lifted in one call may take. */
  public long liftLimit() {
    return budget.hostLimit();
  }

  /**
   * Starts a call's lifting (see {@link LiftBudget}): the guest bytes its lifted values may read
   * become {@code 2 * memorySize() + 1 MiB}, the Java heap they may take {@link #liftLimit()}. A
   * few field writes, no allocation. Generated code calls it at the start of an import call and
   * after a guest export returned, when the lifted values hold strings, lists or maps (no other
   * value charges the budget).
   */
  public void resetLiftBudget() {
    budget.reset(memorySize());
  }

  /**
   * Charges {@code byteLength} payload bytes read by a lift against the call's budget.
   *
   * @throws WitTrapException once the call's lifted values read more than the budget (aliasing)
   */
  public void chargeLift(long byteLength) {
    budget.chargePayload(this, byteLength);
  }

  /**
   * Charges {@code bytes} of Java heap that lifting is about to allocate against the call's lift
   * limit; call it before allocating.
   *
   * @param type the WIT type being lifted, for the message, e.g. {@code "list<perms>"}
   * @param length its length: elements of a list, bytes of a string
   * @throws WitTrapException once the call's lifted values would take more than the lift limit
   */
  public void chargeHost(long bytes, String type, long length) {
    budget.chargeHost(this, bytes, type, length);
  }

  // ---- range and alignment checks ------------------------------------------------------------

  /**
   * Traps unless {@code [ptr, ptr + byteLength)} lies inside memory; {@code ptr} is unsigned and
   * the sum is computed in {@code long}, so {@code 0xfffffff0 + 32} is out of bounds, not wrapped.
   *
   * @param what names the value in the message, e.g. {@code "string"}
   */
  public void checkRange(int ptr, long byteLength, String what) {
    long size = memorySize();
    if (Integer.toUnsignedLong(ptr) + byteLength > size) {
      throw trap(
          String.format(
              "%s pointer 0x%08x + length %d out of bounds (memory size %d)",
              what, ptr, byteLength, size));
    }
  }

  /** Traps unless {@code ptr} is a multiple of {@code align} (a power of two). */
  public void checkAligned(int ptr, int align, String what) {
    if ((ptr & (align - 1)) != 0) {
      throw trap(String.format("%s pointer 0x%08x is not %d-byte aligned", what, ptr, align));
    }
  }

  /** {@link #checkAligned} then {@link #checkRange}, the order the spec checks them in. */
  public void checkRange(int ptr, long byteLength, int align, String what) {
    checkAligned(ptr, align, what);
    checkRange(ptr, byteLength, what);
  }

  // ---- allocation ------------------------------------------------------------------------------

  /** {@code realloc(0, 0, align, size)}: a fresh, checked guest allocation. */
  public int allocate(int align, long size) {
    return reallocate(0, 0, align, size);
  }

  /**
   * Calls the guest allocator and validates its result: aligned to {@code align} and {@code
   * [result, result + newSize)} inside memory (measured after the call, which may have grown it). A
   * guest trap inside the allocator also becomes a {@link WitTrapException}.
   *
   * @throws WitTrapException if the guest has no allocator, {@code newSize} exceeds {@link
   *     #REALLOC_I32_MAX}, or the result is invalid
   */
  public int reallocate(int oldPtr, int oldSize, int align, long newSize) {
    if (state != null) {
      state.checkUsable(function); // no guest code runs in a closed or dead instance
    }
    if (realloc == null) {
      throw trap("the guest exports no " + GuestRealloc.EXPORT_NAME + " but a value needs memory");
    }
    if (newSize < 0 || newSize > REALLOC_I32_MAX) {
      throw trap("allocation of " + newSize + " bytes exceeds the 32-bit address space");
    }
    int ptr;
    try {
      ptr = realloc.realloc(oldPtr, oldSize, align, (int) newSize);
    } catch (ChicoryException | StackOverflowError e) {
      throw trap(
          String.format(
              "%s(0x%08x, %d, %d, %d) trapped: %s",
              realloc.name(), oldPtr, oldSize, align, newSize, e.getMessage()),
          e);
    }
    if ((ptr & (align - 1)) != 0) {
      throw trap(
          String.format("%s returned 0x%08x, not %d-byte aligned", realloc.name(), ptr, align));
    }
    long size = memorySize();
    if (Integer.toUnsignedLong(ptr) + newSize > size) {
      throw trap(
          String.format(
              "%s returned 0x%08x for %d bytes, out of bounds (memory size %d)",
              realloc.name(), ptr, newSize, size));
    }
    return ptr;
  }

  // ---- primitive loads (bounds-checked; callers check alignment of the enclosing value) ------

  private void checkAccess(int addr, int width) {
    long size = memorySize();
    if (Integer.toUnsignedLong(addr) + width > size) {
      throw trap(
          String.format(
              "access of %d bytes at 0x%08x out of bounds (memory size %d)", width, addr, size));
    }
  }

  /** Loads a {@code bool}: any non-zero byte is {@code true}. */
  public boolean loadBool(int addr) {
    return loadByte(addr) != 0;
  }

  /** Loads an {@code s8}/{@code u8}. */
  public byte loadByte(int addr) {
    checkAccess(addr, 1);
    return memory.read(addr);
  }

  /** Loads an unsigned byte zero-extended (for discriminants and flags). */
  public int loadU8(int addr) {
    return loadByte(addr) & 0xFF;
  }

  /** Loads an {@code s16}/{@code u16}. */
  public short loadShort(int addr) {
    checkAccess(addr, 2);
    return memory.readShort(addr);
  }

  /** Loads an unsigned 16-bit value zero-extended (for discriminants and flags). */
  public int loadU16(int addr) {
    return loadShort(addr) & 0xFFFF;
  }

  /** Loads an {@code s32}/{@code u32}. */
  public int loadInt(int addr) {
    checkAccess(addr, 4);
    return memory.readInt(addr);
  }

  /** Loads an {@code s64}/{@code u64}. */
  public long loadLong(int addr) {
    checkAccess(addr, 8);
    return memory.readLong(addr);
  }

  /** Loads an {@code f32}; a NaN becomes the canonical NaN. */
  public float loadFloat(int addr) {
    return Flat.i32ToF32(loadInt(addr));
  }

  /** Loads an {@code f64}; a NaN becomes the canonical NaN. */
  public double loadDouble(int addr) {
    return Flat.i64ToF64(loadLong(addr));
  }

  /** Loads a {@code char} and validates it with {@link #liftChar}. */
  public int loadChar(int addr) {
    return liftChar(loadInt(addr));
  }

  // ---- primitive stores ------------------------------------------------------------------------

  /** Stores a {@code bool} as 0 or 1. */
  public void storeBool(int addr, boolean value) {
    storeByte(addr, (byte) (value ? 1 : 0));
  }

  /** Stores an {@code s8}/{@code u8}. */
  public void storeByte(int addr, byte value) {
    checkAccess(addr, 1);
    memory.writeByte(addr, value);
  }

  /** Stores an {@code s16}/{@code u16}. */
  public void storeShort(int addr, short value) {
    checkAccess(addr, 2);
    memory.writeShort(addr, value);
  }

  /** Stores an {@code s32}/{@code u32}. */
  public void storeInt(int addr, int value) {
    checkAccess(addr, 4);
    memory.writeI32(addr, value);
  }

  /** Stores an {@code s64}/{@code u64}. */
  public void storeLong(int addr, long value) {
    checkAccess(addr, 8);
    memory.writeLong(addr, value);
  }

  /** Stores an {@code f32}; a NaN is written as the canonical {@code 0x7fc00000}. */
  public void storeFloat(int addr, float value) {
    storeInt(addr, Flat.f32ToI32(value));
  }

  /** Stores an {@code f64}; a NaN is written as the canonical {@code 0x7ff8000000000000}. */
  public void storeDouble(int addr, double value) {
    storeLong(addr, Flat.f64ToI64(value));
  }

  /** Stores a {@code char} after {@link #lowerChar} validated it. */
  public void storeChar(int addr, int codePoint) {
    storeInt(addr, lowerChar(codePoint));
  }

  /** Stores a packed (pointer, length) pair as two {@code i32}s at {@code addr}. */
  public void storePtrLen(int addr, long ptrLen) {
    checkAccess(addr, 8);
    memory.writeI32(addr, PtrLen.ptr(ptrLen));
    memory.writeI32(addr + 4, PtrLen.len(ptrLen));
  }

  // ---- value checks ----------------------------------------------------------------------------

  /** Validates a guest {@code char}: traps on surrogates and values above U+10FFFF. */
  public int liftChar(int value) {
    if (Integer.compareUnsigned(value, 0x10FFFF) > 0) {
      throw trap(
          String.format("char value 0x%x is not a Unicode scalar value (above 0x10ffff)", value));
    }
    if (value >= 0xD800 && value <= 0xDFFF) {
      throw trap(String.format("char value 0x%x is a surrogate", value));
    }
    return value;
  }

  /** Validates a host {@code char} (a Unicode scalar value) before it is given to the guest. */
  public int lowerChar(int codePoint) {
    if (codePoint < 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
      throw new IllegalArgumentException(
          String.format(
              "%s: host char value 0x%x is not a Unicode scalar value", function, codePoint));
    }
    return codePoint;
  }

  /**
   * Traps unless the unsigned {@code value} is below {@code caseCount}; for variant, enum, option
   * (2 cases) and result (2 cases) discriminants. Pass u8/u16 discriminants zero-extended ({@link
   * #loadU8}, {@link #loadU16}).
   *
   * @param what names the type in the message, e.g. {@code "variant error-code"}
   * @return {@code value}
   */
  public int checkDiscriminant(int value, int caseCount, String what) {
    if (Integer.toUnsignedLong(value) >= caseCount) {
      throw trap(
          String.format(
              "%s discriminant %d out of range (%d cases)",
              what, Integer.toUnsignedLong(value), caseCount));
    }
    return value;
  }

  /**
   * The specification's reading of flags ({@code unpack_flags_from_int}): the bits at or above
   * {@code labelCount} (1..32) are dropped, not trapped.
   */
  public static int maskFlags(int bits, int labelCount) {
    return bits & Flat.flagsMask(labelCount);
  }

  /** Configures a {@link CanonContext}. */
  public static final class Builder {
    private final Memory memory;
    private @Nullable Realloc realloc;
    private StringEncoding encoding = StringEncoding.UTF8;
    private StringLowering stringLowering = StringLowering.EXACT;
    private String function = "<unnamed>";
    private long liftLimit = DEFAULT_LIFT_LIMIT;
    private @Nullable InstanceState state;

    private Builder(Memory memory) {
      this.memory = memory;
    }

    /** The guest allocator; without one, lowering a string or list traps. */
    public Builder realloc(Realloc realloc) {
      this.realloc = realloc;
      return this;
    }

    /** The world's {@code string-encoding}. */
    public Builder encoding(StringEncoding encoding) {
      this.encoding = encoding;
      return this;
    }

    /** How strings are allocated when lowered (default {@link StringLowering#EXACT}). */
    public Builder stringLowering(StringLowering stringLowering) {
      this.stringLowering = stringLowering;
      return this;
    }

    /** The instance whose state this context's traps kill (default: none). */
    public Builder instanceState(InstanceState state) {
      this.state = state;
      return this;
    }

    /** The function named in trap messages (usually set per call with {@link #forFunction}). */
    public Builder function(String function) {
      this.function = function;
      return this;
    }

    /**
     * The most Java heap, in bytes, the values lifted in one call may take (an estimate: strings,
     * arrays, lists and the objects of their elements); a call whose values need more traps naming
     * the function, the value and the limit. Default {@link #DEFAULT_LIFT_LIMIT} (64 MiB).
     *
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public Builder liftLimit(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("lift limit must be positive, got " + bytes);
      }
      this.liftLimit = bytes;
      return this;
    }

    /** Builds the context. */
    public CanonContext build() {
      return new CanonContext(this);
    }
  }
}
