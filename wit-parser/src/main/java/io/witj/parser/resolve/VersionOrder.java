package io.witj.parser.resolve;

import java.math.BigInteger;

/** Semantic-version ordering (build metadata ignored), as used for packages and {@code @since}. */
final class VersionOrder {
  private VersionOrder() {}

  static int compare(String a, String b) {
    String[] x = split(a);
    String[] y = split(b);
    String[] core1 = x[0].split("\\.", -1);
    String[] core2 = y[0].split("\\.", -1);
    for (int i = 0; i < Math.max(core1.length, core2.length); i++) {
      int c =
          number(i < core1.length ? core1[i] : "0")
              .compareTo(number(i < core2.length ? core2[i] : "0"));
      if (c != 0) {
        return c;
      }
    }
    if (x[1] == null || y[1] == null) {
      return x[1] == null ? (y[1] == null ? 0 : 1) : -1;
    }
    String[] p1 = x[1].split("\\.", -1);
    String[] p2 = y[1].split("\\.", -1);
    for (int i = 0; i < Math.min(p1.length, p2.length); i++) {
      boolean n1 = p1[i].chars().allMatch(Character::isDigit);
      boolean n2 = p2[i].chars().allMatch(Character::isDigit);
      int c =
          n1 && n2
              ? number(p1[i]).compareTo(number(p2[i]))
              : n1 ? -1 : n2 ? 1 : p1[i].compareTo(p2[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(p1.length, p2.length);
  }

  private static String[] split(String version) {
    int plus = version.indexOf('+');
    String v = plus >= 0 ? version.substring(0, plus) : version;
    int dash = v.indexOf('-');
    return dash >= 0
        ? new String[] {v.substring(0, dash), v.substring(dash + 1)}
        : new String[] {v, null};
  }

  private static BigInteger number(String digits) {
    try {
      return new BigInteger(digits);
    } catch (NumberFormatException e) {
      return BigInteger.ZERO;
    }
  }
}
