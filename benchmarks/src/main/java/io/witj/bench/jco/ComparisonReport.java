package io.witj.bench.jco;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The comparison's results as Markdown: per case, each side's time per call (the fastest batch of
 * each round, median over the rounds, min..max), the paired ratios jco / witj (per round, then
 * median and min..max) against the goal, from the fastest and from the median batches, and
 * what witj allocated per call.
 */
final class ComparisonReport {
  private final Map<ComparisonCase, List<Sampler.Sample>> jco;
  private final Map<ComparisonCase, Map<Variant, List<Sampler.Sample>>> witj;

  ComparisonReport(
      Map<ComparisonCase, List<Sampler.Sample>> jco,
      Map<ComparisonCase, Map<Variant, List<Sampler.Sample>>> witj) {
    this.jco = jco;
    this.witj = witj;
  }

  String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("Time per call: the fastest batch of each round, median over the rounds (min..max)")
        .append(":\n\n");
    header(sb, "| case | jco |", "---:|");
    for (ComparisonCase c : jco.keySet()) {
      sb.append("| ").append(c.title).append(" | ");
      sb.append(time(values(jcoSamples(c), Sampler.Sample::fastestNanos), c)).append(" |");
      for (Variant v : Variant.values()) {
        sb.append(' ').append(time(values(witjSamples(c, v), Sampler.Sample::fastestNanos), c));
        sb.append(" |");
      }
      sb.append('\n');
    }
    sb.append("\nRatio jco time / witj time (how many times faster witj is), per round from the")
        .append(" fastest batches, median over the rounds (min..max), against the goal:\n\n");
    ratios(sb, Sampler.Sample::fastestNanos);
    sb.append("\nThe same ratio from the median batches of each round:\n\n");
    ratios(sb, Sampler.Sample::medianNanos);
    sb.append("\nBytes allocated per witj call (this thread, median over the rounds):\n\n");
    header(sb, "| case |", "");
    for (ComparisonCase c : jco.keySet()) {
      sb.append("| ").append(c.title).append(" |");
      for (Variant v : Variant.values()) {
        double[] bytes = values(witjSamples(c, v), Sampler.Sample::bytesPerCall);
        sb.append(JcoComparison.format(" %,.0f |", Sampler.median(bytes)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private List<Sampler.Sample> jcoSamples(ComparisonCase c) {
    return Objects.requireNonNull(jco.get(c), c.title);
  }

  private List<Sampler.Sample> witjSamples(ComparisonCase c, Variant v) {
    return Objects.requireNonNull(Objects.requireNonNull(witj.get(c), c.title).get(v), c.title);
  }

  private void ratios(StringBuilder sb, ToDoubleFunction<Sampler.Sample> statistic) {
    header(sb, "| case | goal |", "---:|");
    for (ComparisonCase c : jco.keySet()) {
      double[] j = values(jcoSamples(c), statistic);
      sb.append("| ").append(c.title).append(" | ≥ ").append(num(c.goal)).append("× |");
      for (Variant v : Variant.values()) {
        double[] w = values(witjSamples(c, v), statistic);
        double[] ratios = new double[j.length];
        for (int i = 0; i < j.length; i++) {
          ratios[i] = j[i] / w[i];
        }
        double m = Sampler.median(ratios);
        String bold = m >= c.goal ? "**" : "";
        sb.append(' ').append(bold).append(num(m)).append('×').append(bold);
        sb.append(
            JcoComparison.format(
                " (%s..%s) |", num(Sampler.min(ratios)), num(Sampler.max(ratios))));
      }
      sb.append('\n');
    }
  }

  private static void header(StringBuilder sb, String first, String extraAlign) {
    sb.append(first);
    for (Variant v : Variant.values()) {
      sb.append(' ').append(v.title).append(" |");
    }
    sb.append("\n|---|").append(extraAlign).append("---:|".repeat(Variant.values().length));
    sb.append('\n');
  }

  private static String time(double[] nanos, ComparisonCase c) {
    double median = Sampler.median(nanos);
    String t =
        JcoComparison.format(
            "%s (%s..%s)",
            duration(median), duration(Sampler.min(nanos)), duration(Sampler.max(nanos)));
    if (c.payloadBytes >= 1 << 20) {
      t += JcoComparison.format(", %,.0f MB/s", c.payloadBytes / median * 1e3);
    }
    return t;
  }

  private static String duration(double nanos) {
    if (nanos >= 1e6) {
      return JcoComparison.format("%.2f ms", nanos / 1e6);
    }
    if (nanos >= 1e4) {
      return JcoComparison.format("%.1f µs", nanos / 1e3);
    }
    return JcoComparison.format("%,.0f ns", nanos);
  }

  private static String num(double v) {
    return v >= 10 ? JcoComparison.format("%.0f", v) : JcoComparison.format("%.2f", v);
  }

  private static double[] values(
      List<Sampler.Sample> samples, ToDoubleFunction<Sampler.Sample> statistic) {
    return samples.stream().mapToDouble(statistic).toArray();
  }
}
