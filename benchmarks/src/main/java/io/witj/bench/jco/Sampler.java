package io.witj.bench.jco;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Times one call the way bench.mjs times the jco side: batches of as many calls as take about half
 * a millisecond (calibrated by {@link #warmup}), at least {@code reps} batches and {@code millis}
 * milliseconds (or 3 batches once {@code 10 * millis} have passed: slow calls); the median and the
 * fastest batch time per call (on a machine shared with other work the fastest batch is the one
 * least disturbed); and the bytes this thread allocated per call.
 */
public final class Sampler {
  /** One measurement: nanoseconds per call in the median and the fastest batch; bytes per call. */
  public record Sample(double medianNanos, double fastestNanos, double bytesPerCall) {}

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Supplier<Object> call;
  private final Predicate<Object> ok;
  private int batch = 1;

  public Sampler(Supplier<Object> call, Predicate<Object> ok) {
    this.call = call;
    this.ok = ok;
  }

  /** Runs the call for {@code millis} ms and sizes the batches from its speed. */
  public void warmup(long millis) {
    long t0 = System.nanoTime();
    long end = t0 + millis * 1_000_000;
    long calls = 0;
    Object last = null;
    while (calls == 0 || System.nanoTime() < end) {
      last = call.get();
      calls++;
    }
    double perCall = (double) (System.nanoTime() - t0) / calls;
    batch = (int) Math.max(1, Math.round(5e5 / perCall));
    check(last);
  }

  public Sample measure(int reps, long millis) {
    double[] times = new double[16];
    int n = 0;
    Object last = null;
    long calls = 0;
    long allocated0 = THREADS.getCurrentThreadAllocatedBytes();
    long t0 = System.nanoTime();
    long end = t0 + millis * 1_000_000;
    long cap = t0 + 10 * millis * 1_000_000; // slow calls: at least 3 batches
    for (; ; ) {
      long now = System.nanoTime();
      if ((n >= reps && now >= end) || (n >= 3 && now >= cap)) {
        break;
      }
      long s = System.nanoTime();
      for (int k = 0; k < batch; k++) {
        last = call.get();
      }
      if (n == times.length) {
        times = Arrays.copyOf(times, 2 * n);
      }
      times[n++] = (double) (System.nanoTime() - s) / batch;
      calls += batch;
    }
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated0;
    check(last);
    double[] measured = Arrays.copyOf(times, n);
    return new Sample(median(measured), min(measured), (double) allocated / calls);
  }

  private void check(@Nullable Object result) {
    if (!ok.test(result)) {
      throw new IllegalStateException("a call returned a wrong result");
    }
  }

  public static double min(double[] values) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : values) {
      m = Math.min(m, v);
    }
    return m;
  }

  public static double max(double[] values) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  public static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }
}
