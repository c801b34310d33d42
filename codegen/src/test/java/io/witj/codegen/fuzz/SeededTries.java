package io.witj.codegen.fuzz;

import java.util.SplittableRandom;

/**
 * The seeds of a property test's tries: a base seed (fixed per property, {@code -Dwitj.fuzz.seed}
 * changes it) expands into one independent seed per try, so a failing try is replayed alone with
 * {@code -Dwitj.fuzz.replay=<its seed>}; {@code -Dwitj.fuzz.tries} changes the number of tries of
 * every property (the default is the property's own). Failures carry the property's name, the base
 * seed, the try and its seed, and the exact replay option.
 */
public final class SeededTries {
  private final String property;
  private final long baseSeed;
  private final long[] seeds;

  private SeededTries(String property, long baseSeed, long[] seeds) {
    this.property = property;
    this.baseSeed = baseSeed;
    this.seeds = seeds;
  }

  /**
   * The tries of {@code property}: {@code defaultTries} from {@code defaultSeed} unless the system
   * properties say otherwise.
   */
  public static SeededTries of(String property, long defaultSeed, int defaultTries) {
    String replay = System.getProperty("witj.fuzz.replay");
    long base = decode("witj.fuzz.seed", defaultSeed);
    if (replay != null) {
      return new SeededTries(property, base, new long[] {Long.decode(replay)});
    }
    int tries = Integer.getInteger("witj.fuzz.tries", defaultTries);
    SplittableRandom expand = new SplittableRandom(base);
    long[] seeds = new long[tries];
    for (int i = 0; i < tries; i++) {
      seeds[i] = expand.nextLong();
    }
    return new SeededTries(property, base, seeds);
  }

  private static long decode(String name, long fallback) {
    String value = System.getProperty(name);
    return value == null ? fallback : Long.decode(value);
  }

  /** The number of tries. */
  public int count() {
    return seeds.length;
  }

  /** The seed of try {@code index}. */
  public long seed(int index) {
    return seeds[index];
  }

  /** A fresh random source for try {@code index}. */
  public SplittableRandom random(int index) {
    return new SplittableRandom(seeds[index]);
  }

  /** Names try {@code index} for messages: property, base seed, try, its seed, how to replay it. */
  public String describe(int index) {
    return String.format(
        "%s, base seed 0x%x, try %d of %d (replay alone: -Dwitj.fuzz.replay=0x%x)",
        property, baseSeed, index, seeds.length, seeds[index]);
  }

  /** The failure of try {@code index}: {@link #describe} and the cause. */
  public AssertionError failure(int index, String what, Throwable cause) {
    return new AssertionError(describe(index) + ": " + what, cause);
  }

  /** One try's body. */
  @FunctionalInterface
  public interface Body {
    /** Runs try {@code index} with its random source. */
    void run(SplittableRandom random, int index) throws Exception;
  }

  /**
   * Runs every try; the first failure (any {@link Throwable}, {@link StackOverflowError} included)
   * is rethrown as an {@link AssertionError} naming the try and its seed. Prints the number of
   * tries and the time taken.
   */
  public void forEach(Body body) {
    long start = System.nanoTime();
    for (int i = 0; i < seeds.length; i++) {
      try {
        body.run(random(i), i);
      } catch (Throwable t) { // every failure, errors included, must name its seed
        throw failure(i, t.toString(), t);
      }
    }
    report(start);
  }

  /** Prints {@code property: N tries (base seed 0x…) in S s}. */
  public void report(long startNanos) {
    System.out.printf(
        "%s: %d tries (base seed 0x%x) in %.1f s%n",
        property, seeds.length, baseSeed, (System.nanoTime() - startNanos) / 1e9);
  }
}
