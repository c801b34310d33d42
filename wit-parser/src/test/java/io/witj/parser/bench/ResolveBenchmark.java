package io.witj.parser.bench;

import io.witj.parser.Wit;
import io.witj.parser.model.Resolve;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Speed benchmark of the WIT front end (not a test): the warm time of one parse + resolve of a
 * package tree in a running JVM, and the cold time of a whole {@code java -jar witj.jar check}
 * process. Run it as {@code wit-parser/BENCHMARKS.md} says; arguments: {@code [TREE [JAR]]}, by
 * default the WASI 0.2.12 {@code wasi:http} tree of the shared corpus and {@code
 * codegen/target/witj.jar}.
 */
public final class ResolveBenchmark {
  private static final int WARMUP_MILLIS = 5_000;
  private static final int MIN_WARMUPS = 100;
  private static final int MEASURED = 200;
  private static final int COLD_RUNS = 7;

  private ResolveBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path tree =
        Path.of(
            args.length > 0
                ? args[0]
                : System.getProperty("witj.corpus", "../shared/corpus") + "/wasi/wasi-0.2.12/wit");
    Path jar = Path.of(args.length > 1 ? args[1] : "codegen/target/witj.jar");
    System.out.printf("tree: %s (%d lines of WIT)%n", tree, lineCount(tree));
    System.out.printf(
        "java: %s %s%n", System.getProperty("java.vm.name"), System.getProperty("java.version"));
    System.out.printf(
        "cpus: %d, load average at start: %.2f%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    warm(tree);
    cold(tree, jar);
  }

  private static void warm(Path tree) throws IOException {
    long warmupEnd = System.nanoTime() + WARMUP_MILLIS * 1_000_000L;
    int warmups = 0;
    Resolve last = null;
    while (System.nanoTime() < warmupEnd || warmups < MIN_WARMUPS) {
      last = Wit.load(tree, Set.of());
      warmups++;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] millis = new double[MEASURED];
    double[] cpuMillis = new double[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      last = Wit.load(tree, Set.of());
      millis[i] = (System.nanoTime() - start) / 1e6;
      cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    }
    Arrays.sort(millis);
    Arrays.sort(cpuMillis);
    System.out.printf(
        "warm parse+resolve: median %.2f ms, p10 %.2f ms, p90 %.2f ms, min %.2f ms;"
            + " median thread CPU time %.2f ms"
            + " (%d runs after %d warm-up runs; %d packages, %d interfaces, %d types)%n",
        millis[MEASURED / 2],
        millis[MEASURED / 10],
        millis[MEASURED * 9 / 10],
        millis[0],
        cpuMillis[MEASURED / 2],
        MEASURED,
        warmups,
        last.packages().size(),
        last.interfaces().size(),
        last.types().size());
  }

  private static void cold(Path tree, Path jar) throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      System.out.printf("cold witj check: skipped, %s not found (run mvn package first)%n", jar);
      return;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-jar", jar.toString(), "check", tree.toString());
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < COLD_RUNS; i++) {
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      int exit = process.waitFor();
      millis.add((System.nanoTime() - start) / 1e6);
      if (exit != 0) {
        System.out.printf("cold witj check: failed with exit %d:%n%s", exit, output);
        return;
      }
    }
    millis.sort(null);
    System.out.printf(
        "cold `java -jar %s check TREE`: median %.0f ms, min %.0f ms, max %.0f ms (%d runs)%n",
        jar, millis.get(COLD_RUNS / 2), millis.get(0), millis.get(COLD_RUNS - 1), COLD_RUNS);
  }

  private static long lineCount(Path tree) throws IOException {
    try (Stream<Path> files = Files.walk(tree)) {
      long lines = 0;
      for (Path p : files.filter(f -> f.toString().endsWith(".wit")).toList()) {
        lines += Files.readAllLines(p).size();
      }
      return lines;
    }
  }
}
