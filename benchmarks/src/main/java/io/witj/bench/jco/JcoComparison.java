package io.witj.bench.jco;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The witj vs jco comparison of issue 14: the wit-bindgen fixture components numbers, strings and
 * lists, the same exports called with the same inputs through jco on Node (a child process, {@link
 * NodeSide}) and through witj-generated bindings on Chicory ({@link WitjGuests}: interpreter and
 * compiler, each over Chicory's default memory and over witj's {@code ArrayBackedMemory}).
 *
 * <p>Robust to a shared, noisy machine: every round measures every case on every side back to back
 * (jco, then each witj variant), each measurement takes many short batches ({@link Sampler}: the
 * fastest and the median batch), and the ratio jco time / witj time is taken per round (paired)
 * before its median and range over the rounds are reported. Run from the repository root
 * (benchmarks/BENCHMARKS.md):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.witj.bench.jco.JcoComparison [--rounds 12]
 *     [--reps 20] [--millis 100] [--warmup 1500] [--fixtures DIR] [--script benchmarks/jco/bench.mjs]
 * </pre>
 */
public final class JcoComparison {
  private int rounds = 12;
  private int reps = 20;
  private long millis = 100;
  private long warmupMillis = 1500;
  private Path fixtures =
      Path.of(System.getProperty("witj.shared", "../shared"), "fixtures", "wit-bindgen-runtime");
  private Path script = Path.of("benchmarks", "jco", "bench.mjs");

  /** Per case: the jco sample of every round. */
  private final Map<ComparisonCase, List<Sampler.Sample>> jco = new EnumMap<>(ComparisonCase.class);

  /** Per case and variant: the witj sample of every round. */
  private final Map<ComparisonCase, Map<Variant, List<Sampler.Sample>>> witj =
      new EnumMap<>(ComparisonCase.class);

  public static void main(String[] args) throws Exception {
    JcoComparison comparison = new JcoComparison();
    comparison.parse(args);
    comparison.run();
  }

  private void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--reps" -> reps = Integer.parseInt(value);
        case "--millis" -> millis = Long.parseLong(value);
        case "--warmup" -> warmupMillis = Long.parseLong(value);
        case "--fixtures" -> fixtures = Path.of(value);
        case "--script" -> script = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
      i++;
    }
    if (!Files.isDirectory(fixtures.resolve("lists"))) {
      throw new IllegalArgumentException(
          "no wit-bindgen fixtures in " + fixtures + " (--fixtures)");
    }
    if (!Files.isRegularFile(script)) {
      throw new IllegalArgumentException("no " + script + " (run from the repository root)");
    }
  }

  private void run() throws Exception {
    long t0 = System.nanoTime();
    System.out.printf(
        "jco comparison: %d rounds, each case >= %d batches and >= %d ms per side; fixtures %s%n",
        rounds, reps, millis, fixtures);
    WitjGuests.Modules modules = WitjGuests.Modules.load(fixtures);
    Map<Variant, WitjGuests> guests = new EnumMap<>(Variant.class);
    Map<ComparisonCase, Map<Variant, Sampler>> samplers = new EnumMap<>(ComparisonCase.class);
    try (NodeSide node = new NodeSide(script, fixtures)) {
      for (Variant v : Variant.values()) {
        guests.put(v, new WitjGuests(modules, v));
      }
      System.out.printf("set up (transpile, parse, instantiate) in %.1f s%n", seconds(t0));
      for (ComparisonCase c : ComparisonCase.values()) {
        jco.put(c, new ArrayList<>());
        Map<Variant, List<Sampler.Sample>> witjSamples = new EnumMap<>(Variant.class);
        Map<Variant, Sampler> caseSamplers = new EnumMap<>(Variant.class);
        witj.put(c, witjSamples);
        samplers.put(c, caseSamplers);
        node.warmup(c, warmupMillis);
        for (Variant v : Variant.values()) {
          WitjGuests guest = Objects.requireNonNull(guests.get(v));
          Sampler s = new Sampler(guest.call(c), r -> WitjGuests.ok(c, r));
          s.warmup(warmupMillis);
          caseSamplers.put(v, s);
          witjSamples.put(v, new ArrayList<>());
        }
      }
      System.out.printf("warmed up after %.1f s%n", seconds(t0));
      for (int round = 1; round <= rounds; round++) {
        for (ComparisonCase c : ComparisonCase.values()) {
          Objects.requireNonNull(jco.get(c)).add(node.measure(c, reps, millis));
          Map<Variant, List<Sampler.Sample>> witjSamples = Objects.requireNonNull(witj.get(c));
          Map<Variant, Sampler> caseSamplers = Objects.requireNonNull(samplers.get(c));
          for (Variant v : Variant.values()) {
            Sampler sampler = Objects.requireNonNull(caseSamplers.get(v));
            Objects.requireNonNull(witjSamples.get(v)).add(sampler.measure(reps, millis));
          }
        }
        System.out.printf("round %d/%d done after %.1f s%n", round, rounds, seconds(t0));
      }
    } finally {
      guests.values().forEach(WitjGuests::close);
    }
    System.out.println();
    System.out.print(new ComparisonReport(jco, witj).markdown());
    System.out.printf("%ntotal %.1f s%n", seconds(t0));
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
