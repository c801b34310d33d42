package io.witj.runtime.internal.link;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An interface name as components import and export it, {@code ns:pkg/iface@1.2.3} (or without
 * version, or a plain name), with the Component Model's semver compatibility: two versions are
 * compatible when they agree on the first non-zero of major, minor and patch and everything before
 * it, and neither is a pre-release (then only the same version is). So {@code
 * wasi:io/streams@0.2.0} is served by an implementation of {@code wasi:io/streams@0.2.12}.
 *
 * @param base the name without version
 * @param version the version text, or null
 */
record InterfaceName(String base, @Nullable String version) {
  InterfaceName {
    Objects.requireNonNull(base, "base");
  }

  static InterfaceName parse(String name) {
    int at = name.lastIndexOf('@');
    int slash = name.lastIndexOf('/');
    if (at <= 0 || at < slash) {
      return new InterfaceName(name, null);
    }
    return new InterfaceName(name.substring(0, at), name.substring(at + 1));
  }

  /** Whether an implementation of {@code this} can serve an import of {@code wanted}. */
  boolean compatibleWith(InterfaceName wanted) {
    if (!base.equals(wanted.base)) {
      return false;
    }
    if (Objects.equals(version, wanted.version)) {
      return true;
    }
    if (version == null || wanted.version == null) {
      return false;
    }
    String key = compatibilityKey(version);
    return key != null && key.equals(compatibilityKey(wanted.version));
  }

  /**
   * {@code 1} for {@code 1.4.2}, {@code 0.2} for {@code 0.2.12}, {@code 0.0.3} for {@code 0.0.3};
   * null for pre-releases and text that is not {@code major.minor.patch}.
   */
  private static @Nullable String compatibilityKey(String version) {
    int plus = version.indexOf('+');
    String core = plus < 0 ? version : version.substring(0, plus);
    if (core.contains("-")) {
      return null;
    }
    String[] parts = core.split("\\.", -1);
    if (parts.length != 3) {
      return null;
    }
    long[] numbers = new long[3];
    for (int i = 0; i < 3; i++) {
      if (parts[i].isEmpty()
          || !parts[i].chars().allMatch(Character::isDigit)
          || parts[i].length() > 18) {
        return null;
      }
      numbers[i] = Long.parseLong(parts[i]);
    }
    if (numbers[0] > 0) {
      return Long.toString(numbers[0]);
    }
    if (numbers[1] > 0) {
      return "0." + numbers[1];
    }
    return "0.0." + numbers[2];
  }

  /** Orders compatible versions: the higher {@code major.minor.patch} wins. */
  int compareVersion(InterfaceName other) {
    long[] a = numbers(version);
    long[] b = numbers(other.version);
    for (int i = 0; i < 3; i++) {
      int c = Long.compare(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static long[] numbers(@Nullable String version) {
    long[] n = new long[3];
    if (version == null) {
      return n;
    }
    String[] parts = version.split("[.+-]", -1);
    for (int i = 0; i < 3 && i < parts.length; i++) {
      try {
        n[i] = Long.parseLong(parts[i]);
      } catch (NumberFormatException e) {
        return n;
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return version == null ? base : base + "@" + version;
  }
}
