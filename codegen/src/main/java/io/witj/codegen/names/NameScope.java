package io.witj.codegen.names;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The Java identifiers already used in one scope (a package's top-level types, the nested types of
 * a class, the methods of an interface, the components of a record, …), handing out unique names.
 *
 * <p>The clash rule, applied everywhere: items claim their natural name in a fixed order (WIT
 * declaration order; the callers document any priority classes). The first claimant keeps the
 * natural name; a later one, or one whose natural name is {@linkplain #reserve reserved} in the
 * scope, gets the first free of {@code name_2}, {@code name_3}, …. Natural names never contain
 * {@code _} followed by a digit (see {@link JavaNames}), so a suffixed name cannot steal a later
 * item's natural name.
 */
public final class NameScope {

  private final Set<String> taken = new HashSet<>();

  /** An empty scope. */
  public NameScope() {}

  /** A scope where {@code reserved} names are never handed out unchanged. */
  public static NameScope reserving(Collection<String> reserved) {
    NameScope scope = new NameScope();
    reserved.forEach(scope::reserve);
    return scope;
  }

  /**
   * Marks {@code name} as used without claiming it for an item (enclosing type names, glue
   * members).
   */
  public NameScope reserve(String name) {
    taken.add(name);
    return this;
  }

  /**
   * {@code natural} if still free, otherwise the first free {@code natural_N} (N ≥ 2); now taken.
   */
  public String claim(String natural) {
    String name = natural;
    for (int n = 2; !taken.add(name); n++) {
      name = natural + "_" + n;
    }
    return name;
  }

  /**
   * {@link #claim(String)} that also passes over the names in {@code unusable}: names free in this
   * scope that this item still cannot take (a world class cannot be named as its own nested {@code
   * Builder}).
   */
  public String claim(String natural, Set<String> unusable) {
    String name = natural;
    for (int n = 2; unusable.contains(name) || !taken.add(name); n++) {
      name = natural + "_" + n;
    }
    return name;
  }

  /** Whether {@code name} is used in this scope. */
  public boolean isTaken(String name) {
    return taken.contains(name);
  }
}
