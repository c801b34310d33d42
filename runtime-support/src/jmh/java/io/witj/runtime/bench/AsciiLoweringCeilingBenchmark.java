package io.witj.runtime.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What any JDK 17 host must spend to put a 1 KiB ASCII {@code String} into a {@code byte[]} (a
 * memory's backing array) as UTF-8, against {@link #raw} copying the already-encoded bytes. Each
 * variant uses public API only and must learn that the string is ASCII before it may trust the
 * bytes it wrote: the JDK's vectorized check ({@code StringCoding.hasNegatives}) is reachable only
 * through {@code getBytes} and {@code new String}, which allocate. runtime-support/BENCHMARKS.md
 * reports the figures; this is why lowering stays at {@code getBytes} + one copy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AsciiLoweringCeilingBenchmark {
  private static final VarHandle I64 =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int AT = 64;

  private String s;
  private byte[] encoded;
  private final byte[] memory = new byte[1 << 16];
  private final char[] scratch = new char[4096];
  private final CharsetEncoder asciiEncoder = StandardCharsets.US_ASCII.newEncoder();
  private final CharsetDecoder asciiDecoder = StandardCharsets.US_ASCII.newDecoder();

  @Setup
  public void setUp() {
    s = "The quick brown fox jumps over the lazy dog. 0123456789 ".repeat(20).substring(0, 1024);
    encoded = s.getBytes(StandardCharsets.UTF_8);
  }

  /** The baseline: one copy of bytes encoded beforehand. */
  @Benchmark
  public byte[] raw() {
    System.arraycopy(encoded, 0, memory, AT, encoded.length);
    return memory;
  }

  /** What the glue does: encode (scan + allocate + copy), then copy. */
  @Benchmark
  public byte[] getBytesThenCopy() {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, memory, AT, b.length);
    return memory;
  }

  /**
   * No allocation: the low byte of every char straight into the array (an arraycopy for a Latin-1
   * string), then a scalar 8-bytes-at-a-time check for a set high bit. Still not enough on its own:
   * a UTF-16 string's chars above U+00FF would need a second check.
   */
  @SuppressWarnings("deprecation")
  @Benchmark
  public boolean copyLowBytesThenScan() {
    int n = s.length();
    s.getBytes(0, n, memory, AT);
    long acc0 = 0;
    long acc1 = 0;
    long acc2 = 0;
    long acc3 = 0;
    int i = AT;
    int end = AT + n;
    for (; i + 32 <= end; i += 32) {
      acc0 |= (long) I64.get(memory, i);
      acc1 |= (long) I64.get(memory, i + 8);
      acc2 |= (long) I64.get(memory, i + 16);
      acc3 |= (long) I64.get(memory, i + 24);
    }
    long acc = acc0 | acc1 | acc2 | acc3;
    for (; i < end; i++) {
      acc |= memory[i];
    }
    return (acc & 0x8080_8080_8080_8080L) == 0;
  }

  /** The JDK's ASCII encoder (stops at the first non-ASCII char) from a reused char buffer. */
  @Benchmark
  public int getCharsThenAsciiEncoder() {
    int n = s.length();
    s.getChars(0, n, scratch, 0);
    CharBuffer in = CharBuffer.wrap(scratch, 0, n);
    asciiEncoder.reset();
    asciiEncoder.encode(in, ByteBuffer.wrap(memory, AT, n), true);
    return in.remaining();
  }

  /** Low bytes into the array, then the JDK's ASCII decoder over them as the check. */
  @SuppressWarnings("deprecation")
  @Benchmark
  public int copyLowBytesThenAsciiDecoder() {
    int n = s.length();
    s.getBytes(0, n, memory, AT);
    ByteBuffer in = ByteBuffer.wrap(memory, AT, n);
    asciiDecoder.reset();
    asciiDecoder.decode(in, CharBuffer.wrap(scratch, 0, n), true);
    return in.remaining();
  }
}
