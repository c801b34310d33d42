package io.witj.parser.resolve;

import io.witj.parser.diag.Span;
import io.witj.parser.model.PackageName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Orders the packages of a root group and its dependencies so that every package comes after the
 * packages it uses: a depth-first walk over the packages sorted by name, as the reference parser
 * does. Duplicate packages and dependency cycles are errors.
 */
final class PackageOrder {
  private PackageOrder() {}

  static final Comparator<PackageName> BY_NAME =
      Comparator.comparing(PackageName::namespace)
          .thenComparing(PackageName::name)
          .thenComparing(PackageName::version, Comparator.nullsFirst(VersionOrder::compare));

  /** The packages of all groups (the root group first) in the order to merge them. */
  static List<UnresolvedPackage> sort(List<List<UnresolvedPackage>> groups) {
    TreeMap<PackageName, UnresolvedPackage> byName = new TreeMap<>(BY_NAME);
    for (List<UnresolvedPackage> group : groups) {
      for (UnresolvedPackage pkg : group) {
        UnresolvedPackage prev = byName.put(pkg.name, pkg);
        if (prev != null) {
          throw Errors.noLocation(
              "package `"
                  + pkg.name
                  + "` is defined in two different locations:\n  * "
                  + location(pkg.nameSpan)
                  + "\n  * "
                  + location(prev.nameSpan));
        }
      }
    }
    LinkedHashSet<PackageName> order = new LinkedHashSet<>();
    for (UnresolvedPackage pkg : byName.values()) {
      visit(pkg, byName, order, new HashSet<>());
    }
    List<UnresolvedPackage> sorted = new ArrayList<>();
    for (PackageName name : order) {
      sorted.add(byName.get(name));
    }
    return sorted;
  }

  private static String location(Span span) {
    return span == null ? "<unknown>" : span.location();
  }

  private static void visit(
      UnresolvedPackage pkg,
      Map<PackageName, UnresolvedPackage> byName,
      Set<PackageName> order,
      Set<PackageName> visiting) {
    if (order.contains(pkg.name)) {
      return;
    }
    int index = 0;
    for (PackageName dep : pkg.foreignDeps.keySet()) {
      Span span = pkg.foreignDepSpans.get(index++);
      if (!visiting.add(dep)) {
        throw Errors.at(span, "package `" + dep + "` creates a dependency cycle");
      }
      UnresolvedPackage target = byName.get(dep);
      if (target != null) {
        visit(target, byName, order, visiting);
      }
      visiting.remove(dep);
    }
    order.add(pkg.name);
  }
}
