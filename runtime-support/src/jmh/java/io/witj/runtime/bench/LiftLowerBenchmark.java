package io.witj.runtime.bench;

import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.internal.CanonContext;
import io.witj.runtime.internal.ListCodec;
import io.witj.runtime.internal.PtrLen;
import io.witj.runtime.internal.Realloc;
import io.witj.runtime.internal.StringCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Lifting and lowering through runtime-support versus the raw Chicory baseline moving the same
 * bytes ({@code Memory.write}/{@code readBytes}) in the same run. Each {@code lowerX}/{@code liftX}
 * has a {@code rawX} counterpart; BENCHMARKS.md reports the throughput ratios.
 *
 * <p>The allocator is a Java bump allocator that wraps around, so the figures measure the glue and
 * the copies, not a guest {@code cabi_realloc} running in the interpreter.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LiftLowerBenchmark {
  /** A record {@code {a: u32, b: string}}: size 12, alignment 4. */
  record Rec(int a, String b) {}

  private static final int HEAP = 4096;
  private static final int RECORDS = 1000;

  /** See {@link MemoryKind}. */
  @Param({"bytebuffer", "bytearray", "array"})
  public String memoryKind;

  private Memory memory;
  private ResettingBump allocator;
  private CanonContext cx;
  private CanonContext cxLatin1;
  private CanonContext cxUtf16;

  private byte[] bytes1m;
  private String ascii1k;
  private byte[] ascii1kUtf8;
  private String nonAscii1k;
  private byte[] nonAscii1kUtf8;
  private List<Rec> records;
  private byte[][] recordStrings;
  private byte[] recordBlob;

  private int bytesPtr;
  private int asciiPtr;
  private int nonAsciiPtr;
  private int asciiUtf16Ptr;
  private int nonAsciiUtf16Ptr;
  private int recordsPtr;
  private int recordBlobPtr;

  /**
   * Bump allocation from HEAP; {@link #reset} frees everything, as a guest allocator reuses the
   * memory freed by post-return, so every lowering writes to the same (cache-warm) region as the
   * raw baseline does.
   */
  static final class ResettingBump implements Realloc {
    private final int limit;
    private int next = HEAP;

    ResettingBump(int limit) {
      this.limit = limit;
    }

    void reset() {
      next = HEAP;
    }

    @Override
    public int realloc(int oldPtr, int oldSize, int align, int newSize) {
      int p = (next + align - 1) & -align;
      if (p + newSize > limit) {
        p = HEAP;
      }
      next = p + newSize;
      return p;
    }
  }

  @Setup
  public void setUp() {
    MemoryLimits limits = new MemoryLimits(128, 128); // 8 MiB
    memory = MemoryKind.factory(memoryKind).apply(limits);
    allocator = new ResettingBump(128 * Memory.PAGE_SIZE);
    cx =
        CanonContext.builder(memory)
            .realloc(allocator)
            .encoding(StringEncoding.UTF8)
            .function("bench")
            .build();
    cxLatin1 =
        CanonContext.builder(memory)
            .realloc(allocator)
            .encoding(StringEncoding.LATIN1_UTF16)
            .function("bench")
            .build();
    cxUtf16 =
        CanonContext.builder(memory)
            .realloc(allocator)
            .encoding(StringEncoding.UTF16)
            .function("bench")
            .build();

    bytes1m = new byte[1 << 20];
    for (int i = 0; i < bytes1m.length; i++) {
      bytes1m[i] = (byte) (i * 131);
    }
    ascii1k =
        "The quick brown fox jumps over the lazy dog. 0123456789 ".repeat(20).substring(0, 1024);
    ascii1kUtf8 = ascii1k.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    while (sb.toString().getBytes(StandardCharsets.UTF_8).length < 1024 - 4) {
      sb.append("Gr\u00fc\u00dfe, \u4e16\u754c! \u00e9t\u00e9 ");
    }
    nonAscii1k = sb.toString();
    nonAscii1kUtf8 = nonAscii1k.getBytes(StandardCharsets.UTF_8);

    records = new ArrayList<>();
    recordStrings = new byte[RECORDS][];
    int blobLength = 12 * RECORDS;
    for (int i = 0; i < RECORDS; i++) {
      Rec r = new Rec(i * 7, "item-" + i + "-value");
      records.add(r);
      recordStrings[i] = r.b().getBytes(StandardCharsets.UTF_8);
      blobLength += recordStrings[i].length;
    }
    recordBlob = new byte[blobLength];

    bytesPtr = PtrLen.ptr(ListCodec.lowerBytes(cx, bytes1m));
    asciiPtr = PtrLen.ptr(StringCodec.lower(cx, ascii1k));
    nonAsciiPtr = PtrLen.ptr(StringCodec.lower(cx, nonAscii1k));
    asciiUtf16Ptr = PtrLen.ptr(StringCodec.lower(cxUtf16, ascii1k));
    nonAsciiUtf16Ptr = PtrLen.ptr(StringCodec.lower(cxUtf16, nonAscii1k));
    recordsPtr = PtrLen.ptr(lowerRecords());
    recordBlobPtr = cx.allocate(8, blobLength);
  }

  // ---- list<u8>, 1 MiB -------------------------------------------------------------------------

  @Benchmark
  public long u8List1m_lower_glue() {
    allocator.reset();
    return ListCodec.lowerBytes(cx, bytes1m);
  }

  @Benchmark
  public void u8List1m_lower_raw() {
    memory.write(bytesPtr, bytes1m);
  }

  @Benchmark
  public byte[] u8List1m_lift_glue() {
    return ListCodec.liftBytes(cx, bytesPtr, bytes1m.length);
  }

  @Benchmark
  public byte[] u8List1m_lift_raw() {
    return memory.readBytes(bytesPtr, bytes1m.length);
  }

  // ---- string, 1 KiB ASCII ---------------------------------------------------------------------

  @Benchmark
  public long stringAscii1k_lower_glue() {
    allocator.reset();
    return StringCodec.lower(cx, ascii1k);
  }

  @Benchmark
  public void stringAscii1k_lower_raw() {
    memory.write(asciiPtr, ascii1kUtf8);
  }

  @Benchmark
  public String stringAscii1k_lift_glue() {
    return StringCodec.lift(cx, asciiPtr, ascii1kUtf8.length);
  }

  @Benchmark
  public byte[] stringAscii1k_lift_raw() {
    return memory.readBytes(asciiPtr, ascii1kUtf8.length);
  }

  /** The same 1024 bytes in a {@code latin1+utf16} world; its baseline is {@code lower_raw}. */
  @Benchmark
  public long stringAscii1k_lowerLatin1_glue() {
    allocator.reset();
    return StringCodec.lower(cxLatin1, ascii1k);
  }

  /** Unchecked hand-written Chicory host code: encode, then write. */
  @Benchmark
  public void stringAscii1k_lower_handWritten() {
    memory.write(asciiPtr, ascii1k.getBytes(StandardCharsets.UTF_8));
  }

  /** Unchecked hand-written Chicory host code: read, then decode (no validation). */
  @Benchmark
  public String stringAscii1k_lift_handWritten() {
    return new String(memory.readBytes(asciiPtr, ascii1kUtf8.length), StandardCharsets.UTF_8);
  }

  // ---- string, 1 KiB non-ASCII -----------------------------------------------------------------

  @Benchmark
  public long stringNonAscii1k_lower_glue() {
    allocator.reset();
    return StringCodec.lower(cx, nonAscii1k);
  }

  @Benchmark
  public void stringNonAscii1k_lower_raw() {
    memory.write(nonAsciiPtr, nonAscii1kUtf8);
  }

  @Benchmark
  public String stringNonAscii1k_lift_glue() {
    return StringCodec.lift(cx, nonAsciiPtr, nonAscii1kUtf8.length);
  }

  @Benchmark
  public byte[] stringNonAscii1k_lift_raw() {
    return memory.readBytes(nonAsciiPtr, nonAscii1kUtf8.length);
  }

  /** The same string in a {@code utf16} world (2 bytes per char, so no raw counterpart). */
  @Benchmark
  public long stringNonAscii1k_lowerUtf16_glue() {
    allocator.reset();
    return StringCodec.lower(cxUtf16, nonAscii1k);
  }

  /** Unchecked hand-written Chicory host code: encode, then write. */
  @Benchmark
  public void stringNonAscii1k_lower_handWritten() {
    memory.write(nonAsciiPtr, nonAscii1k.getBytes(StandardCharsets.UTF_8));
  }

  /** Unchecked hand-written Chicory host code: read, then decode (no validation). */
  @Benchmark
  public String stringNonAscii1k_lift_handWritten() {
    return new String(memory.readBytes(nonAsciiPtr, nonAscii1kUtf8.length), StandardCharsets.UTF_8);
  }

  // ---- string, 1 KiB, utf16 world -------------------------------------------------------------

  @Benchmark
  public long stringAscii1k_lowerUtf16_glue() {
    allocator.reset();
    return StringCodec.lower(cxUtf16, ascii1k);
  }

  /** Unchecked hand-written Chicory host code: the JDK's UTF-16LE encoder, then write. */
  @Benchmark
  public void stringAscii1k_lowerUtf16_handWritten() {
    memory.write(asciiUtf16Ptr, ascii1k.getBytes(StandardCharsets.UTF_16LE));
  }

  @Benchmark
  public String stringAscii1k_liftUtf16_glue() {
    return StringCodec.lift(cxUtf16, asciiUtf16Ptr, ascii1k.length());
  }

  /** Unchecked hand-written Chicory host code: read, then the JDK's UTF-16LE decoder. */
  @Benchmark
  public String stringAscii1k_liftUtf16_handWritten() {
    return new String(
        memory.readBytes(asciiUtf16Ptr, 2 * ascii1k.length()), StandardCharsets.UTF_16LE);
  }

  @Benchmark
  public void stringNonAscii1k_lowerUtf16_handWritten() {
    memory.write(nonAsciiUtf16Ptr, nonAscii1k.getBytes(StandardCharsets.UTF_16LE));
  }

  @Benchmark
  public String stringNonAscii1k_liftUtf16_glue() {
    return StringCodec.lift(cxUtf16, nonAsciiUtf16Ptr, nonAscii1k.length());
  }

  @Benchmark
  public String stringNonAscii1k_liftUtf16_handWritten() {
    return new String(
        memory.readBytes(nonAsciiUtf16Ptr, 2 * nonAscii1k.length()), StandardCharsets.UTF_16LE);
  }

  // ---- list<record{a: u32, b: string}>, 1000 elements
  // --------------------------------------------

  /** What generated lowering glue does: allocate the element buffer, store each field. */
  private long lowerRecords() {
    int n = records.size();
    int base = ListCodec.allocate(cx, 4, 12, n);
    for (int i = 0; i < n; i++) {
      Rec r = records.get(i);
      int at = base + 12 * i;
      cx.storeInt(at, r.a());
      StringCodec.store(cx, at + 4, r.b());
    }
    return PtrLen.pack(base, n);
  }

  @Benchmark
  public long recordList1000_lower_glue() {
    allocator.reset();
    return lowerRecords();
  }

  /** What generated lifting glue does: check the range once, load each field. */
  @Benchmark
  public List<Rec> recordList1000_lift_glue() {
    ListCodec.checkRange(cx, recordsPtr, RECORDS, 12, 4);
    List<Rec> out = new ArrayList<>(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      int at = recordsPtr + 12 * i;
      out.add(new Rec(cx.loadInt(at), StringCodec.load(cx, at + 4)));
    }
    return out;
  }

  /** The same number of bytes (12 per element plus the string bytes) as one bulk write. */
  @Benchmark
  public void recordList1000_lower_raw() {
    memory.write(recordBlobPtr, recordBlob);
  }

  /** The same number of bytes as one bulk read. */
  @Benchmark
  public byte[] recordList1000_lift_raw() {
    return memory.readBytes(recordBlobPtr, recordBlob.length);
  }

  /**
   * Unchecked hand-written Chicory calls doing the same work: field writes plus one write per
   * string.
   */
  @Benchmark
  public void recordList1000_lower_handWritten() {
    int strings = recordBlobPtr + 12 * RECORDS;
    for (int i = 0; i < RECORDS; i++) {
      int at = recordBlobPtr + 12 * i;
      byte[] s = records.get(i).b().getBytes(StandardCharsets.UTF_8);
      memory.writeI32(at, records.get(i).a());
      memory.write(strings, s);
      memory.writeI32(at + 4, strings);
      memory.writeI32(at + 8, s.length);
      strings += s.length;
    }
  }

  /** Unchecked hand-written Chicory calls reading the records back. */
  @Benchmark
  public List<Rec> recordList1000_lift_handWritten() {
    List<Rec> out = new ArrayList<>(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      int at = recordsPtr + 12 * i;
      byte[] s = memory.readBytes(memory.readInt(at + 4), memory.readInt(at + 8));
      out.add(new Rec(memory.readInt(at), new String(s, StandardCharsets.UTF_8)));
    }
    return out;
  }
}
