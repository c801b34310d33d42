package io.witj.bench;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import io.witj.bench.gen.Bench;
import io.witj.bench.gen.Summarize;
import io.witj.bench.gen.exports.Summarize.Summary;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 4's speed benchmark: {@code summarize(s: string, xs: list<u32>) -> summary} through the
 * bindings generated from {@code src/main/wit/bench.wit} against {@link HandWritten} Chicory code,
 * on the same guest ({@code bench.wat}), in both directions. Average time per call.
 *
 * <ul>
 *   <li>{@code import*}: guest→host. The guest's {@code drive} export calls the imported {@code
 *       summarize} {@value #CALLS} times; it is invoked the same raw way on both sides with
 *       arguments written once at setup, so only the import's implementation differs.
 *   <li>{@code export*}: host→guest. One call of the guest's {@code summarize} export: lower the
 *       arguments, call, lift the record, post-return.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SummarizeBenchmark {
  /** Imported calls per invocation of {@code drive}. */
  static final int CALLS = 100;

  /** Guest→host: one generated world and one hand-written instance, each with its arguments. */
  @State(Scope.Thread)
  public static class ImportState {
    /** {@code interpreter} or {@code compiler}. */
    @Param({"interpreter", "compiler"})
    public String machine;

    /** The guest memory of both sides: {@code array} or {@code bytebuffer} ({@link Guest}). */
    @Param({"array", "bytebuffer"})
    public String memory;

    Bench world;
    HandWritten hand;
    ExportFunction generatedDrive;
    ExportFunction handDrive;
    long[] generatedArgs;
    long[] handArgs;

    /** Instantiates both sides and checks they return the same count. */
    @Setup(Level.Trial)
    public void setUp() {
      world =
          Bench.builder(Guest.module())
              .machineFactory(Guest.machineFactory(machine))
              .memoryFactory(Guest.memoryFactory(memory))
              .summarize((s, xs) -> new Summarize.Summary(xs.length, Guest.total(xs), s))
              .build();
      hand = new HandWritten(Guest.machineFactory(machine), Guest.memoryFactory(memory));
      generatedDrive = world.instance().export("drive");
      handDrive = hand.instance().export("drive");
      generatedArgs = driveArgs(world.instance());
      handArgs = driveArgs(hand.instance());
      long expected = Guest.NUMBERS.length;
      if (generatedDrive.apply(generatedArgs)[0] != expected
          || handDrive.apply(handArgs)[0] != expected) {
        throw new IllegalStateException("drive does not return the count");
      }
    }

    /** Releases the generated world. */
    @TearDown(Level.Trial)
    public void tearDown() {
      world.close();
    }

    /**
     * {@code drive(CALLS, s, xs)} with {@code s} and {@code xs} written into a guest allocation.
     */
    private static long[] driveArgs(Instance instance) {
      byte[] s = Guest.LABEL.getBytes(StandardCharsets.UTF_8);
      byte[] xs = new byte[Guest.NUMBERS.length * 4];
      ByteBuffer.wrap(xs).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(Guest.NUMBERS);
      ExportFunction realloc = instance.export("cabi_realloc");
      int sPtr = (int) realloc.apply(0, 0, 1, s.length)[0];
      int xsPtr = (int) realloc.apply(0, 0, 4, xs.length)[0];
      Memory memory = instance.memory();
      memory.write(sPtr, s);
      memory.write(xsPtr, xs);
      return new long[] {CALLS, sPtr, s.length, xsPtr, Guest.NUMBERS.length};
    }
  }

  /** Host→guest: one generated world and one hand-written instance. */
  @State(Scope.Thread)
  public static class ExportState {
    /** {@code interpreter} or {@code compiler}. */
    @Param({"interpreter", "compiler"})
    public String machine;

    /** The guest memory of both sides: {@code array} or {@code bytebuffer} ({@link Guest}). */
    @Param({"array", "bytebuffer"})
    public String memory;

    Bench world;
    HandWritten hand;

    /** Instantiates both sides and checks they lift the same summary. */
    @Setup(Level.Trial)
    public void setUp() {
      world =
          Bench.builder(Guest.module())
              .machineFactory(Guest.machineFactory(machine))
              .memoryFactory(Guest.memoryFactory(memory))
              .summarize(
                  (s, xs) -> {
                    throw new UnsupportedOperationException("not called by this benchmark");
                  })
              .build();
      hand = new HandWritten(Guest.machineFactory(machine), Guest.memoryFactory(memory));
      Summary generated = world.summarize().summarize(Guest.LABEL, Guest.NUMBERS);
      HandWritten.Summary handWritten = hand.summarize(Guest.LABEL, Guest.NUMBERS);
      if (generated.count() != handWritten.count()
          || generated.total() != handWritten.total()
          || !generated.label().equals(handWritten.label())
          || generated.total() != Guest.total(Guest.NUMBERS)) {
        throw new IllegalStateException(generated + " != " + handWritten);
      }
    }

    /** Releases the generated world. */
    @TearDown(Level.Trial)
    public void tearDown() {
      world.close();
    }
  }

  /** Guest→host through the generated host interface and glue. */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public long importGenerated(ImportState state) {
    return state.generatedDrive.apply(state.generatedArgs)[0];
  }

  /** Guest→host through the hand-written {@code HostFunction}. */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public long importHandWritten(ImportState state) {
    return state.handDrive.apply(state.handArgs)[0];
  }

  /** Host→guest through the generated typed export method. */
  @Benchmark
  public Summary exportGenerated(ExportState state) {
    return state.world.summarize().summarize(Guest.LABEL, Guest.NUMBERS);
  }

  /** Host→guest through a hand-written {@code ExportFunction} call. */
  @Benchmark
  public HandWritten.Summary exportHandWritten(ExportState state) {
    return state.hand.summarize(Guest.LABEL, Guest.NUMBERS);
  }
}
