package io.witj.bench.wasi;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import io.witj.bench.jco.Sampler;
import io.witj.bench.wasi.js.JsWasi;
import io.witj.bench.wasi.smoke.test.smoke.Smoke;
import io.witj.bench.wasi.writer.StdoutWriter;
import io.witj.runtime.component.Component;
import io.witj.runtime.component.ComponentGraph;
import io.witj.runtime.component.GuestModule;
import io.witj.wasi.WasiHost;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * What running components as they are costs (issue 15), in interleaved rounds (A, B, A, B …),
 * medians over the rounds with min..max:
 *
 * <ol>
 *   <li>a small write to stdout through a component's preview1 adapter and witj's WASI 0.2 host
 *       against the same guest core module over Chicory's {@code WasiPreview1}: {@code print} of
 *       {@code it/guests/stdout-writer} (one {@code fd_write} of {@code howdy\n} per call, no
 *       libc), the component run as its own graph and its guest module alone; the ratio is paired
 *       per round;
 *   <li>the same for a C {@code printf}: export {@code thunk} of the wit-bindgen fixture {@code
 *       smoke}, which calls an empty host import and prints {@code howdy\n}. wasi-libc's stdout is
 *       line-buffered only on a terminal: {@code WasiPreview1} says stdout is one (every call
 *       writes), witj's host says it is not (the adapter's {@code fd_fdstat_get}), so there the
 *       lines reach the host in blocks of 1 KiB;
 *   <li>loading the componentize-js guest with WASI ({@code
 *       it/guests/js/dist/js-wasi.component.wasm}, built by {@code it/guests/js/build.sh}):
 *       Chicory's parse of its 12 MB guest core module alone (the baseline), {@link
 *       Component#fromBytes} (every core module parsed, the graph read), and linking it over a
 *       {@link WasiHost} (its core modules instantiated as the graph says).
 * </ol>
 *
 * Run from the repository root (the defaults are relative to it):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.witj.bench.wasi.WasiCost \
 *     [--rounds N] [--compiler] [--fixtures DIR] [--js-wasi FILE]
 * </pre>
 */
public final class WasiCost {
  private static final Path STDOUT_WRITER =
      Path.of("it/guests/stdout-writer/stdout-writer.component.wasm");
  private static final int LINE = "howdy\n".length();

  private WasiCost() {}

  public static void main(String[] args) throws Exception {
    int rounds = 12;
    boolean compiler = false;
    Path fixtures = Path.of("../shared/fixtures/wit-bindgen-runtime");
    Path jsWasi = Path.of("it/guests/js/dist/js-wasi.component.wasm");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--compiler" -> compiler = true;
        case "--fixtures" -> fixtures = Path.of(args[++i]);
        case "--js-wasi" -> jsWasi = Path.of(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "usage: WasiCost [--rounds N] [--compiler] [--fixtures DIR] [--js-wasi FILE]");
      }
    }
    Function<Instance, Machine> machine =
        compiler ? MachineFactoryCompiler::compile : InterpreterMachine::new;
    System.out.printf(
        "WasiCost: %d rounds, %s, %d cores, Java %s%n",
        rounds,
        compiler ? "Chicory's compiler" : "Chicory's interpreter",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.version"));
    write(Files.readAllBytes(STDOUT_WRITER), machine, rounds);
    printf(Files.readAllBytes(fixtures.resolve("smoke/smoke.component.wasm")), machine, rounds);
    if (Files.exists(jsWasi)) {
      load(Files.readAllBytes(jsWasi), Math.max(3, rounds / 2));
    } else {
      System.out.println("componentize-js guest with WASI: SKIPPED, " + jsWasi + " not built");
    }
  }

  /** Counts what the guest prints (and discards it). */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /** Counts the calls of one side. */
  private static final class Calls {
    long count;

    Object count(Runnable call) {
      call.run();
      count++;
      return Boolean.TRUE;
    }
  }

  private static WasiPreview1 preview1(OutputStream stdout) {
    return WasiPreview1.builder()
        .withOptions(WasiOptions.builder().withStdout(stdout).build())
        .build();
  }

  private static void write(byte[] bytes, Function<Instance, Machine> machine, int rounds) {
    Counting moduleOut = new Counting();
    Counting graphOut = new Counting();
    Calls moduleCalls = new Calls();
    Calls graphCalls = new Calls();
    try (WasiPreview1 wasi = preview1(moduleOut);
        StdoutWriter module =
            StdoutWriter.builder(GuestModule.fromBytes(bytes).parse())
                .machineFactory(machine)
                .wasi(wasi.toHostFunctions())
                .build();
        StdoutWriter graph =
            StdoutWriter.builder(Component.fromBytes(bytes))
                .machineFactory(machine)
                .hostInterfaces(WasiHost.builder().stdout(graphOut).build())
                .build()) {
      compare(
          "one fd_write of howdy\\n (it/guests/stdout-writer, print)",
          new Sampler(() -> moduleCalls.count(module::print), r -> r != null),
          new Sampler(() -> graphCalls.count(graph::print), r -> r != null),
          rounds);
    }
    check(moduleOut.bytes == LINE * moduleCalls.count, "WasiPreview1 got every line");
    check(graphOut.bytes == LINE * graphCalls.count, "the WASI 0.2 host got every line");
  }

  private static void printf(byte[] bytes, Function<Instance, Machine> machine, int rounds) {
    Counting moduleOut = new Counting();
    Counting graphOut = new Counting();
    Calls moduleCalls = new Calls();
    Calls graphCalls = new Calls();
    try (WasiPreview1 wasi = preview1(moduleOut);
        Smoke module =
            Smoke.builder(GuestModule.fromBytes(bytes).parse())
                .machineFactory(machine)
                .imports(() -> {})
                .wasi(wasi.toHostFunctions())
                .build();
        Smoke graph =
            Smoke.builder(Component.fromBytes(bytes))
                .machineFactory(machine)
                .imports(() -> {})
                .hostInterfaces(WasiHost.builder().stdout(graphOut).build())
                .build()) {
      compare(
          "printf(\"howdy\\n\") (fixture smoke, thunk: line-buffered under WasiPreview1, 1 KiB"
              + " blocks under the adapter and WasiHost)",
          new Sampler(() -> moduleCalls.count(module::thunk), r -> r != null),
          new Sampler(() -> graphCalls.count(graph::thunk), r -> r != null),
          rounds);
    }
    check(moduleOut.bytes == LINE * moduleCalls.count, "WasiPreview1 got every line");
    long pending = LINE * graphCalls.count - graphOut.bytes;
    check(pending >= 0 && pending <= 1024, "the WASI 0.2 host got all but the last block");
  }

  /** Interleaved rounds of {@code module} (A) and {@code graph} (B); prints times and ratio. */
  private static void compare(String title, Sampler module, Sampler graph, int rounds) {
    module.warmup(2000);
    graph.warmup(2000);
    double[] moduleNanos = new double[rounds];
    double[] graphNanos = new double[rounds];
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      moduleNanos[round] = module.measure(20, 100).medianNanos();
      graphNanos[round] = graph.measure(20, 100).medianNanos();
      ratios[round] = graphNanos[round] / moduleNanos[round];
    }
    System.out.printf(
        "%n%s: time per call, median batch of each round, median over %d rounds (min..max)%n",
        title, rounds);
    System.out.println("  guest module + Chicory's WasiPreview1:     " + range(moduleNanos, "µs"));
    System.out.println("  component graph + adapter + WasiHost:      " + range(graphNanos, "µs"));
    System.out.println("  ratio graph / WasiPreview1, paired:        " + range(ratios, "×"));
  }

  private static void load(byte[] bytes, int rounds) {
    ComponentGraph.ModuleDef guest = Component.fromBytes(bytes).graph().modules().get(0);
    byte[] core = Arrays.copyOfRange(bytes, guest.offset(), guest.offset() + guest.info().size());
    double[][] millis = new double[4][rounds];
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      check(Parser.parse(core).exportSection().exportCount() > 0, "parsed");
      long t1 = System.nanoTime();
      Component component = Component.fromBytes(bytes);
      long t2 = System.nanoTime();
      try (JsWasi js =
          JsWasi.builder(component).hostInterfaces(WasiHost.builder().build()).build()) {
        long t3 = System.nanoTime();
        check(js.now() > 0, "the linked guest answers");
        millis[0][round] = (t1 - t0) / 1e6;
        millis[1][round] = (t2 - t1) / 1e6;
        millis[2][round] = (t3 - t2) / 1e6;
        millis[3][round] = (t3 - t1) / 1e6;
      }
      System.out.printf("load round %d/%d%n", round + 1, rounds);
    }
    System.out.printf(
        "%ncomponentize-js guest with WASI (%d bytes, guest core module %d bytes), median over %d"
            + " rounds (min..max)%n",
        bytes.length, core.length, rounds);
    System.out.println("  Chicory's parse of the guest core module: " + range(millis[0], "ms"));
    System.out.println("  Component.fromBytes (parse + graph):      " + range(millis[1], "ms"));
    System.out.println("  link over WasiHost (build()):             " + range(millis[2], "ms"));
    System.out.println("  parse + link:                             " + range(millis[3], "ms"));
  }

  /** {@code median unit (min..max)}; nanoseconds shown as µs. */
  private static String range(double[] values, String unit) {
    double scale = unit.equals("µs") ? 1e3 : 1;
    return String.format(
        "%.2f %s (%.2f..%.2f)",
        Sampler.median(values) / scale,
        unit,
        Sampler.min(values) / scale,
        Sampler.max(values) / scale);
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("check failed: " + what);
    }
  }
}
