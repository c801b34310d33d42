package io.witj.bench.jco;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import io.witj.bench.Guest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Generated export glue against hand-written Chicory code doing the same work, on two calls of the
 * jco comparison (issue 14): {@code roundtrip-u32} of the numbers fixture (no memory traffic in the
 * glue) and {@code roundtrip} of the UTF-16 strings fixture with a 1 KiB ASCII string. Both sides
 * call the same Chicory instance: the hand-written one through {@code instance.export(...)} with
 * {@code cabi_realloc}, {@code String.getBytes(UTF_16LE)}, {@code Memory.write}/{@code readBytes},
 * the JDK's UTF-16LE decoder, post-return, and the bounds and alignment checks the glue makes.
 * Needs the fixtures: {@code -Dwitj.shared=DIR} (default {@code ../shared}, as the tests).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class FixtureCallBenchmark {
  private static final String TEXT_1K = ComparisonCase.text(1024);

  /** {@code interpreter} or {@code compiler} ({@link Guest#machineFactory}). */
  @Param({"interpreter", "compiler"})
  public String machine;

  /** {@code array} or {@code bytebuffer} ({@link Guest#memoryFactory}). */
  @Param({"array", "bytebuffer"})
  public String memory;

  private WitjGuests guests;
  private ExportFunction roundtripU32;
  private Instance strings;
  private ExportFunction realloc;
  private ExportFunction roundtrip;
  private ExportFunction postRoundtrip;

  /** Instantiates the fixtures and checks both sides return the inputs. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path fixtures =
        Path.of(System.getProperty("witj.shared", "../shared"), "fixtures", "wit-bindgen-runtime");
    guests =
        new WitjGuests(
            WitjGuests.Modules.load(fixtures),
            Guest.machineFactory(machine),
            Guest.memoryFactory(memory));
    roundtripU32 = guests.numbers().instance().export("test:numbers/test#roundtrip-u32");
    strings = guests.strings().instance();
    realloc = strings.export("cabi_realloc");
    roundtrip = strings.export("roundtrip");
    postRoundtrip = strings.export("cabi_post_roundtrip");
    if (smallGenerated() != ComparisonCase.SMALL
        || smallHandWritten() != ComparisonCase.SMALL
        || !TEXT_1K.equals(string1kGenerated())
        || !TEXT_1K.equals(string1kHandWritten())) {
      throw new IllegalStateException("a call did not return its input");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    guests.close();
  }

  @Benchmark
  public int smallGenerated() {
    return guests.numbers().test().roundtripU32(ComparisonCase.SMALL);
  }

  @Benchmark
  public int smallHandWritten() {
    return (int) roundtripU32.apply(ComparisonCase.SMALL)[0];
  }

  @Benchmark
  public String string1kGenerated() {
    return guests.strings().roundtrip(TEXT_1K);
  }

  /** What a careful host writes with Chicory's API alone. */
  @Benchmark
  public String string1kHandWritten() {
    Memory mem = strings.memory();
    byte[] encoded = TEXT_1K.getBytes(StandardCharsets.UTF_16LE);
    int ptr = (int) realloc.apply(0, 0, 2, encoded.length)[0];
    check(ptr, encoded.length, 2, mem);
    mem.write(ptr, encoded);
    long[] results = roundtrip.apply(ptr, TEXT_1K.length());
    int ret = (int) results[0];
    check(ret, 8, 4, mem);
    int p = mem.readInt(ret);
    int units = mem.readInt(ret + 4);
    if (units < 0 || units > ((1 << 28) - 1) / 2) {
      throw new IllegalStateException("string too long");
    }
    check(p, 2 * units, 2, mem);
    String out = new String(mem.readBytes(p, 2 * units), StandardCharsets.UTF_16LE);
    postRoundtrip.apply(results);
    return out;
  }

  private static void check(int ptr, long length, int align, Memory mem) {
    if ((ptr & (align - 1)) != 0
        || Integer.toUnsignedLong(ptr) + length > (long) mem.pages() * Memory.PAGE_SIZE) {
      throw new IllegalStateException("bad guest pointer");
    }
  }
}
