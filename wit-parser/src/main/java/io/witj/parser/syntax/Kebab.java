package io.witj.parser.syntax;

import org.jspecify.annotations.Nullable;

/**
 * The WIT identifier rule: words of {@code [a-z0-9]} or of {@code [A-Z0-9]} joined by single {@code
 * -}; the first word starts with a letter (component-model {@code label}). Both WIT dialects check
 * identifiers with it.
 */
public final class Kebab {
  private Kebab() {}

  /** Why {@code name} (without a {@code %}) is not a valid identifier, or null when it is. */
  public static @Nullable String problem(String name) {
    if (name.isEmpty()) {
      return "empty identifier";
    }
    String[] words = name.split("-", -1);
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (word.isEmpty()) {
        return "identifiers must have characters between '-'s";
      }
      char first = word.charAt(0);
      if (w == 0 && !isAsciiLetter(first)) {
        return "identifiers must start with a letter, found " + quote(first);
      }
      boolean lower = false;
      boolean upper = false;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c >= 'a' && c <= 'z') {
          lower = true;
        } else if (c >= 'A' && c <= 'Z') {
          upper = true;
        } else if (c < '0' || c > '9') {
          return "invalid character in identifier " + quote(c);
        }
        if (lower && upper) {
          return "identifier words must be all lowercase or all uppercase, found `" + word + "`";
        }
      }
    }
    return null;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String quote(char c) {
    return Character.isISOControl(c) || Character.isWhitespace(c)
        ? String.format("'\\u{%x}'", (int) c)
        : "'" + c + "'";
  }
}
