package io.witj.runtime.memory;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * A guest linear memory in one Java {@code byte[]} that runtime-support may read directly, so that
 * lifting a UTF-8 or Latin-1 string decodes straight from guest memory instead of first copying the
 * bytes out ({@link com.dylibso.chicory.runtime.Memory#readBytes} is the only bulk read Chicory's
 * own memories offer). Generated world builders use it unless told otherwise ({@code
 * .memoryFactory(...)}); a plain Chicory instance gets it with {@code
 * Instance.Builder.withMemoryFactory(ArrayBackedMemory::new)} (Chicory 1.6.1's own default is its
 * {@code ByteBufferMemory}, which checks bounds and byte order on every access and runs guests
 * slower).
 *
 * <p>It behaves as Chicory 1.6.1's own {@code ByteArrayMemory} does, so choosing it costs nothing
 * else (runtime-support/BENCHMARKS.md: same guest speed in the interpreter and the compiler):
 *
 * <ul>
 *   <li>the array's capacity grows geometrically (doubling, up to the maximum), so a guest that
 *       grows its memory a page at a time does not copy the whole memory on every {@code
 *       memory.grow};
 *   <li>loads and stores rely on the JVM's array bounds check: an access past the end of the array
 *       traps with Chicory's {@code "out of bounds memory access"} message, while one between
 *       {@code pages() * PAGE_SIZE} and the capacity reaches zeroed slack, as with {@code
 *       ByteArrayMemory} (an explicit size check made compiled guests about 30 % slower);
 *   <li>bulk operations ({@code write}, {@code readBytes}, {@code fill}, {@code copy}, data
 *       segments) are checked against the exact size.
 * </ul>
 *
 * The canonical ABI glue checks every guest pointer and length against the exact size before it
 * touches the array. Shared memories (the threads proposal) are not supported.
 */
public final class ArrayBackedMemory implements Memory {
  private static final VarHandle I16 =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I32 =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I64 =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final MemoryLimits limits;
  private byte[] buffer;
  private int pages;
  private DataSegment[] segments = new DataSegment[0];

  /** A memory of {@code limits.initialPages()} zeroed pages; refuses a shared {@code limits}. */
  public ArrayBackedMemory(MemoryLimits limits) {
    if (limits.shared()) {
      throw new ChicoryException(
          "ArrayBackedMemory does not support shared memories;"
              + " use Chicory's ByteArrayMemory for this module");
    }
    this.limits = limits;
    this.pages = limits.initialPages();
    if (pages > maximumPages()) {
      throw new ChicoryException(
          "initial memory of " + pages + " pages exceeds the maximum of " + maximumPages());
    }
    this.buffer = new byte[Memory.bytes(pages)];
  }

  /**
   * The backing array: bytes {@code [0, pages() * PAGE_SIZE)} are the guest's memory, any further
   * bytes are slack. {@link #grow} may replace it, so read it again after anything that runs guest
   * code.
   */
  public byte[] array() {
    return buffer;
  }

  private int size() {
    return Memory.bytes(pages);
  }

  private WasmRuntimeException outOfBounds(long addr, long length) {
    return new WasmRuntimeException(
        "out of bounds memory access: attempted to access address: "
            + addr
            + " but limit is: "
            + size()
            + " and size: "
            + length);
  }

  /** Traps unless {@code [addr, addr + length)} lies inside the memory's exact size. */
  private void check(int addr, int length) {
    if (addr < 0 || length < 0 || (long) addr + length > size()) {
      throw outOfBounds(addr, length);
    }
  }

  @Override
  public int pages() {
    return pages;
  }

  @Override
  public int grow(int delta) {
    int old = pages;
    long next = (long) old + delta;
    if (delta < 0 || next > maximumPages()) {
      return -1;
    }
    int newSize = Memory.bytes((int) next);
    if (newSize > buffer.length) {
      long doubled = Math.max(2L * buffer.length, Memory.PAGE_SIZE);
      int capacity = (int) Math.min(Memory.bytes(maximumPages()), Math.max(newSize, doubled));
      buffer = Arrays.copyOf(buffer, capacity);
    }
    pages = (int) next;
    return old;
  }

  @Override
  public int initialPages() {
    return limits.initialPages();
  }

  @Override
  public int maximumPages() {
    return Math.min(limits.maximumPages(), Memory.RUNTIME_MAX_PAGES);
  }

  @Override
  public boolean shared() {
    return false;
  }

  @Override
  public Object lock(int addr) {
    return new Object(); // unshared: only the calling thread can see this memory
  }

  @Override
  public int waitOn(int addr, int expected, long timeoutNanos) {
    throw new ChicoryException("Attempt to wait on a non-shared memory, not supported.");
  }

  @Override
  public int waitOn(int addr, long expected, long timeoutNanos) {
    throw new ChicoryException("Attempt to wait on a non-shared memory, not supported.");
  }

  @Override
  public int notify(int addr, int count) {
    return 0;
  }

  @Override
  public void initialize(Instance instance, DataSegment[] dataSegments) {
    this.segments = dataSegments == null ? new DataSegment[0] : dataSegments.clone();
    for (DataSegment s : segments) {
      if (s instanceof ActiveDataSegment active) {
        long offset = constant(instance, active.offsetInstructions());
        byte[] data = active.data();
        if (offset < 0 || offset + data.length > size()) {
          throw outOfBounds(offset, data.length);
        }
        System.arraycopy(data, 0, buffer, (int) offset, data.length);
      } else if (!(s instanceof PassiveDataSegment)) {
        throw new ChicoryException("Data segment should be active or passive: " + s);
      }
    }
  }

  /** A data segment's constant offset: {@code i32/i64.const}, {@code global.get}, add/sub/mul. */
  private static long constant(Instance instance, List<Instruction> code) {
    ArrayDeque<Long> stack = new ArrayDeque<>();
    for (Instruction i : code) {
      switch (i.opcode()) {
        case I32_CONST -> stack.push((long) (int) i.operand(0));
        case I64_CONST -> stack.push(i.operand(0));
        case GLOBAL_GET -> stack.push(instance.global((int) i.operand(0)).getValue());
        case I32_ADD -> {
          int sum = (int) (long) stack.pop() + (int) (long) stack.pop(); // i32 arithmetic wraps
          stack.push((long) sum);
        }
        case I32_SUB -> {
          int b = (int) (long) stack.pop();
          int difference = (int) (long) stack.pop() - b;
          stack.push((long) difference);
        }
        case I32_MUL -> {
          int product = (int) (long) stack.pop() * (int) (long) stack.pop();
          stack.push((long) product);
        }
        case END -> {}
        default -> throw new ChicoryException("unsupported data segment offset instruction: " + i);
      }
    }
    if (stack.size() != 1) {
      throw new ChicoryException("data segment offset is not one constant value");
    }
    return Integer.toUnsignedLong((int) (long) stack.pop());
  }

  @Override
  public void initPassiveSegment(int segment, int dest, int offset, int length) {
    byte[] data = segments[segment].data();
    if (offset < 0 || length < 0 || offset > data.length - length) {
      throw outOfBounds(dest, length);
    }
    write(dest, data, offset, length);
  }

  @Override
  public void drop(int segment) {
    segments[segment] = PassiveDataSegment.EMPTY;
  }

  @Override
  public void write(int addr, byte[] data, int offset, int length) {
    check(addr, length);
    System.arraycopy(data, offset, buffer, addr, length);
  }

  @Override
  public byte read(int addr) {
    try {
      return buffer[addr];
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 1);
    }
  }

  @Override
  public byte[] readBytes(int addr, int length) {
    check(addr, length);
    return Arrays.copyOfRange(buffer, addr, addr + length);
  }

  @Override
  public void writeI32(int addr, int value) {
    try {
      I32.set(buffer, addr, value);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 4);
    }
  }

  @Override
  public int readInt(int addr) {
    try {
      return (int) I32.get(buffer, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 4);
    }
  }

  @Override
  public void writeLong(int addr, long value) {
    try {
      I64.set(buffer, addr, value);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 8);
    }
  }

  @Override
  public long readLong(int addr) {
    check(addr, 8);
    return (long) I64.get(buffer, addr);
  }

  @Override
  public void writeShort(int addr, short value) {
    try {
      I16.set(buffer, addr, value);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 2);
    }
  }

  @Override
  public short readShort(int addr) {
    try {
      return (short) I16.get(buffer, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 2);
    }
  }

  @Override
  public long readU16(int addr) {
    return readShort(addr) & 0xFFFFL;
  }

  @Override
  public void writeByte(int addr, byte value) {
    try {
      buffer[addr] = value;
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 1);
    }
  }

  @Override
  public void writeF32(int addr, float value) {
    writeI32(addr, Float.floatToRawIntBits(value));
  }

  @Override
  public long readF32(int addr) {
    return readInt(addr);
  }

  @Override
  public float readFloat(int addr) {
    return Float.intBitsToFloat(readInt(addr));
  }

  @Override
  public void writeF64(int addr, double value) {
    writeLong(addr, Double.doubleToRawLongBits(value));
  }

  @Override
  public double readDouble(int addr) {
    return Double.longBitsToDouble(readLong(addr));
  }

  @Override
  public long readF64(int addr) {
    return readLong(addr);
  }

  @Override
  public void zero() {
    Arrays.fill(buffer, (byte) 0);
  }

  @Override
  public void fill(byte value, int from, int to) {
    check(from, to - from);
    Arrays.fill(buffer, from, to, value);
  }

  @Override
  public void copy(int dest, int src, int length) {
    check(src, length);
    check(dest, length);
    System.arraycopy(buffer, src, buffer, dest, length);
  }
}
