package io.witj.codegen.cli;

import java.util.LinkedHashSet;
import java.util.Set;

/** The {@code --features a,b} option: which {@code @unstable(feature = …)} gates are enabled. */
final class FeatureOption {
  static final String NAME = "--features";

  /**
   * The option's help line, its description starting at column {@code column} like its neighbours'.
   */
  static String help(int column) {
    String option = "  " + NAME + " A,B";
    return option
        + " ".repeat(Math.max(1, column - option.length()))
        + "enable these @unstable features (repeatable; others are dropped)\n";
  }

  private FeatureOption() {}

  /** Every feature named in any {@code --features} value, split at commas. */
  static Set<String> enabled(Args args) throws UsageException {
    Set<String> features = new LinkedHashSet<>();
    for (String value : args.values(NAME)) {
      for (String feature : value.split(",", -1)) {
        String name = feature.strip();
        if (name.isEmpty()) {
          throw new UsageException("empty feature name in " + NAME + " " + value);
        }
        features.add(name);
      }
    }
    return features;
  }
}
