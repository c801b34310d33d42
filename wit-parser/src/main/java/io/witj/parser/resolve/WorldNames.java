package io.witj.parser.resolve;

import io.witj.parser.diag.Span;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The plain names of one world's imports, or of its exports, compared as the Component Model
 * compares them: case-insensitively (a component's import names must be strongly-unique, so {@code
 * get-x} and {@code GET-X} cannot both be imported). Exact duplicates are reported by the caller
 * with the kind of the earlier item; this catches the names that differ only in case.
 */
final class WorldNames {
  private final String desc;
  private final Map<String, String> byFolded = new HashMap<>();

  /**
   * @param desc {@code import} or {@code export}, for messages
   */
  WorldNames(String desc) {
    this.desc = desc;
  }

  /**
   * Records {@code name}, or throws at {@code span} if an earlier name differs from it only in
   * case.
   */
  void add(String name, Span span) {
    String earlier = byFolded.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    if (earlier != null && !earlier.equals(name)) {
      throw Errors.at(
          span,
          desc
              + " `"
              + name
              + "` conflicts with prior "
              + desc
              + " `"
              + earlier
              + "`: names that differ only in case are the same name in a component");
    }
  }
}
