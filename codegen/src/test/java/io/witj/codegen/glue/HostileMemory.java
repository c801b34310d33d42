package io.witj.codegen.glue;

import com.dylibso.chicory.runtime.Memory;
import java.util.SplittableRandom;

/**
 * Deterministic hostile data for guest memory, as an untrusted guest could leave it: plain random
 * bytes, or "structured random" 32-bit words that look like Canonical ABI values — small integers
 * (discriminants, bools, short lengths, handles), pointers into a scratch area (so nested values
 * chain), pointers near the end of memory, misaligned pointers, pointers like {@code 0xfffffff0},
 * and lengths near 2^28, 2^31 and 2^32 (which overflow {@code ptr + len}); or "gentle" words (small
 * integers and aligned scratch pointers only), which mostly form valid values. Used by the fuzz
 * drivers (public because the drivers are compiled against the test classpath).
 */
public final class HostileMemory {
  private static final int[] HUGE = {
    0x0FFF_FFFF,
    0x1000_0000,
    0x3FFF_FFFF,
    0x4000_0000,
    0x7FFF_FFFF,
    0x8000_0000,
    0x8000_0001,
    0xFFFF_FFF0,
    0xFFFF_FFFC,
    0xFFFF_FFFF,
    0x2000_0001
  };

  private final SplittableRandom random;
  private final int scratch;
  private final int scratchLength;

  /**
   * @param seed the seed; the same seed gives the same data
   * @param scratch start of the area structured pointers point into
   * @param scratchLength its length in bytes
   */
  public HostileMemory(long seed, int scratch, int scratchLength) {
    this.random = new SplittableRandom(seed);
    this.scratch = scratch;
    this.scratchLength = scratchLength;
  }

  /** A uniformly random int below {@code bound}. */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** A uniformly random long. */
  public long nextLong() {
    return random.nextLong();
  }

  /** One structured word; {@code memorySize} is the guest memory size in bytes. */
  public int word(long memorySize) {
    int r = random.nextInt(100);
    if (r < 40) {
      return random.nextInt(4);
    }
    if (r < 65) {
      return scratch + 8 * random.nextInt(scratchLength / 8);
    }
    if (r < 72) {
      return scratch + random.nextInt(scratchLength); // often misaligned
    }
    if (r < 80) {
      return (int) (memorySize - random.nextInt(1, 17));
    }
    if (r < 88) {
      return HUGE[random.nextInt(HUGE.length)];
    }
    if (r < 94) {
      return random.nextInt(5, 64);
    }
    return random.nextInt();
  }

  /** One gentle word: a small integer or an aligned pointer into the scratch area. */
  public int gentleWord() {
    return random.nextInt(100) < 70
        ? random.nextInt(4)
        : scratch + 8 * random.nextInt(scratchLength / 8);
  }

  /** Random bytes at {@code [addr, addr + length)}. */
  public void fillRandom(Memory memory, int addr, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    memory.write(addr, bytes);
  }

  /** Structured words at {@code [addr, addr + length)} ({@code length} a multiple of 4). */
  public void fillStructured(Memory memory, int addr, int length) {
    long size = (long) memory.pages() * Memory.PAGE_SIZE;
    for (int i = 0; i < length; i += 4) {
      memory.writeI32(addr + i, word(size));
    }
  }

  /** Gentle words at {@code [addr, addr + length)} ({@code length} a multiple of 4). */
  public void fillGentle(Memory memory, int addr, int length) {
    for (int i = 0; i < length; i += 4) {
      memory.writeI32(addr + i, gentleWord());
    }
  }

  /**
   * {@link #fillRandom}, {@link #fillStructured} or {@link #fillGentle}, a third of the time each.
   */
  public void fill(Memory memory, int addr, int length) {
    switch (random.nextInt(3)) {
      case 0 -> fillRandom(memory, addr, length);
      case 1 -> fillStructured(memory, addr, length);
      default -> fillGentle(memory, addr, length);
    }
  }
}
