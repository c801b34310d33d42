package io.witj.parser.resolve;

import io.witj.parser.ast.Ident;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The labels of one record, variant, enum, flags or parameter list must be strongly-unique (the
 * Component Model compares them with acronyms lower-cased, so {@code a-b} and {@code A-B} clash):
 * bindings turn each into one source-language identifier, and two labels mapping to the same one
 * could not be told apart.
 */
final class UniqueLabels {
  private final String what;
  private final Set<String> seen = new HashSet<>();

  /**
   * {@code what} names a label in messages: {@code field}, {@code case}, {@code flag}, {@code
   * param}.
   */
  UniqueLabels(String what) {
    this.what = what;
  }

  /** Records {@code label}, or throws when an earlier label of this set is the same up to case. */
  void add(Ident label) {
    if (!seen.add(label.name().toLowerCase(Locale.ROOT))) {
      throw Errors.at(label.span(), what + " `" + label.name() + "` is defined more than once");
    }
  }

  /** Records a label that has no place in the source (a method's implicit {@code self}). */
  void addImplicit(String label) {
    seen.add(label.toLowerCase(Locale.ROOT));
  }
}
