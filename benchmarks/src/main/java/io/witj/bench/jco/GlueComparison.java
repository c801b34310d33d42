package io.witj.bench.jco;

import io.witj.bench.SummarizeBenchmark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Generated glue against hand-written Chicory code doing the same work, measured the way {@link
 * JcoComparison} measures (interleaved rounds of short batches, paired ratios), because JMH's
 * back-to-back iterations say little on a machine shared with other builds. The pairs are the
 * benchmark methods of {@link FixtureCallBenchmark} (exports of the numbers and UTF-16 strings
 * fixtures) and {@link SummarizeBenchmark} (an import and an export of {@code summarize(string,
 * list<u32>) -> record}), on one machine and memory per JVM (several in one JVM share, and pollute,
 * the JIT's profiles of the glue and of the hand-written code). Run from the repository root, once
 * per configuration:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.witj.bench.jco.GlueComparison \
 *     interpreter|compiler array|bytebuffer [ROUNDS]
 * </pre>
 */
public final class GlueComparison {
  /** One generated call and its hand-written twin. */
  private record Pair(String name, Supplier<Object> generated, Supplier<Object> handWritten) {}

  private GlueComparison() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: GlueComparison interpreter|compiler array|bytebuffer [ROUNDS]");
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
    String machine = args[0];
    String memory = args[1];
    String config =
        machine + ", " + (memory.equals("array") ? "ArrayBackedMemory" : "ByteBufferMemory");
    List<AutoCloseable> open = new ArrayList<>();
    FixtureCallBenchmark fixtures = new FixtureCallBenchmark();
    fixtures.machine = machine;
    fixtures.memory = memory;
    fixtures.setUp();
    open.add(fixtures::tearDown);
    SummarizeBenchmark summarize = new SummarizeBenchmark();
    SummarizeBenchmark.ImportState imports = new SummarizeBenchmark.ImportState();
    imports.machine = machine;
    imports.memory = memory;
    imports.setUp();
    open.add(imports::tearDown);
    SummarizeBenchmark.ExportState exports = new SummarizeBenchmark.ExportState();
    exports.machine = machine;
    exports.memory = memory;
    exports.setUp();
    open.add(exports::tearDown);
    List<Pair> pairs =
        List.of(
            new Pair(
                "export `roundtrip-u32` (numbers)",
                fixtures::smallGenerated,
                fixtures::smallHandWritten),
            new Pair(
                "export 1 KiB string, UTF-16 (strings `roundtrip`)",
                fixtures::string1kGenerated,
                fixtures::string1kHandWritten),
            new Pair(
                "import `summarize` (100 calls per sample)",
                () -> summarize.importGenerated(imports),
                () -> summarize.importHandWritten(imports)),
            new Pair(
                "export `summarize`",
                () -> summarize.exportGenerated(exports),
                () -> summarize.exportHandWritten(exports)));
    Map<String, Sampler[]> samplers = new LinkedHashMap<>();
    for (Pair p : pairs) {
      Sampler g = new Sampler(p.generated(), r -> r != null);
      Sampler h = new Sampler(p.handWritten(), r -> r != null);
      g.warmup(1000);
      h.warmup(1000);
      samplers.put(config + " | " + p.name(), new Sampler[] {g, h});
    }
    Map<String, List<Sampler.Sample[]>> samples = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      for (Map.Entry<String, Sampler[]> e : samplers.entrySet()) {
        Sampler.Sample g = e.getValue()[0].measure(20, 50);
        Sampler.Sample h = e.getValue()[1].measure(20, 50);
        samples
            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(new Sampler.Sample[] {g, h});
      }
      System.out.printf("round %d/%d%n", round, rounds);
    }
    System.out.println(
        "\n| machine, memory | call | generated | hand-written | generated / hand-written,"
            + " fastest batches | same, median batches | bytes per call, generated / hand-written |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|");
    samples.forEach(
        (key, list) -> {
          double[] g = list.stream().mapToDouble(s -> s[0].fastestNanos()).toArray();
          double[] h = list.stream().mapToDouble(s -> s[1].fastestNanos()).toArray();
          double[] fast = new double[g.length];
          double[] med = new double[g.length];
          for (int i = 0; i < g.length; i++) {
            fast[i] = g[i] / h[i];
            med[i] = list.get(i)[0].medianNanos() / list.get(i)[1].medianNanos();
          }
          double gb = Sampler.median(list.stream().mapToDouble(s -> s[0].bytesPerCall()).toArray());
          double hb = Sampler.median(list.stream().mapToDouble(s -> s[1].bytesPerCall()).toArray());
          System.out.println(
              JcoComparison.format(
                  "| %s | %,.0f ns | %,.0f ns | **%.2f×** (%.2f..%.2f) | %.2f× (%.2f..%.2f) | %,.0f / %,.0f |",
                  key,
                  Sampler.median(g),
                  Sampler.median(h),
                  Sampler.median(fast),
                  Sampler.min(fast),
                  Sampler.max(fast),
                  Sampler.median(med),
                  Sampler.min(med),
                  Sampler.max(med),
                  gb,
                  hb));
        });
    for (AutoCloseable c : open) {
      c.close();
    }
  }
}
