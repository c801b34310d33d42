package io.witj.parser.syntax;

import org.jspecify.annotations.Nullable;

/**
 * The Semantic Versioning 2.0 rules the lexer leaves to be checked: no leading zeros in the numeric
 * parts and in numeric pre-release identifiers.
 */
final class VersionSyntax {
  private VersionSyntax() {}

  /** Why {@code version} (already of the lexical form x.y.z[-pre][+build]) is invalid, or null. */
  static @Nullable String problem(String version) {
    int plus = version.indexOf('+');
    String withoutBuild = plus < 0 ? version : version.substring(0, plus);
    int dash = withoutBuild.indexOf('-');
    String core = dash < 0 ? withoutBuild : withoutBuild.substring(0, dash);
    String[] numbers = core.split("\\.", -1);
    String[] names = {"major", "minor", "patch"};
    for (int i = 0; i < numbers.length; i++) {
      if (hasLeadingZero(numbers[i])) {
        return "invalid leading zero in " + names[i] + " version number";
      }
      if (numbers[i].length() > 19 || Long.parseLong(numbers[i]) < 0) {
        return "value of " + names[i] + " version number is too large";
      }
    }
    if (dash >= 0) {
      for (String identifier : withoutBuild.substring(dash + 1).split("\\.", -1)) {
        if (identifier.chars().allMatch(Character::isDigit) && hasLeadingZero(identifier)) {
          return "invalid leading zero in pre-release identifier";
        }
      }
    }
    return null;
  }

  private static boolean hasLeadingZero(String digits) {
    return digits.length() > 1 && digits.charAt(0) == '0';
  }
}
