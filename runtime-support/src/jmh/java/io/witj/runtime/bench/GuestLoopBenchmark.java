package io.witj.runtime.bench;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
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
 * Guest execution over each memory, in Chicory's interpreter and with its compiler: {@code
 * run(10000)} of this module (the bytes below are {@code wat2wasm} of it), a loop of loads and
 * stores:
 *
 * <pre>
 * (module
 *   (memory (export "memory") 1 1)
 *   (func (export "run") (param $n i32) (result i32)
 *     (local $i i32) (local $a i32) (local $acc i32)
 *     (loop $l
 *       (local.set $a (i32.and (i32.shl (local.get $i) (i32.const 2)) (i32.const 0xfff8)))
 *       (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (local.get $i)))
 *       (i64.store offset=8 (local.get $a) (i64.extend_i32_u (local.get $acc)))
 *       (local.set $acc (i32.add (local.get $acc) (i32.load8_u offset=3 (local.get $a))))
 *       (local.set $acc (i32.add (local.get $acc) (i32.load16_s offset=10 (local.get $a))))
 *       (local.set $i (i32.add (local.get $i) (i32.const 1)))
 *       (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
 *     (local.get $acc)))
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GuestLoopBenchmark {
  private static final byte[] WASM = {
    0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 3, 2, 1, 0, 5, 4, 1, 1, 1, 1, 7, 16,
    2, 6, 109, 101, 109, 111, 114, 121, 2, 0, 3, 114, 117, 110, 0, 0, 10, 78, 1, 76, 1, 3, 127, 3,
    64, 32, 1, 65, 2, 116, 65, -8, -1, 3, 113, 33, 2, 32, 2, 32, 2, 40, 2, 0, 32, 1, 106, 54, 2, 0,
    32, 2, 32, 3, -83, 55, 3, 8, 32, 3, 32, 2, 45, 0, 3, 106, 33, 3, 32, 3, 32, 2, 46, 1, 10, 106,
    33, 3, 32, 1, 65, 1, 106, 33, 1, 32, 1, 32, 0, 73, 13, 0, 11, 32, 3, 11
  };

  /** See {@link MemoryKind}. */
  @Param({"bytebuffer", "bytearray", "array"})
  public String memoryKind;

  @Param({"interpreter", "compiler"})
  public String machine;

  private ExportFunction run;

  @Setup
  public void setUp() {
    Instance.Builder b = Instance.builder(Parser.parse(WASM));
    b.withMemoryFactory(MemoryKind.factory(memoryKind));
    if (machine.equals("compiler")) {
      b.withMachineFactory(MachineFactoryCompiler::compile);
    }
    run = b.build().export("run");
  }

  @Benchmark
  public long loop10k() {
    return run.apply(10_000)[0];
  }
}
