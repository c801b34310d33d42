package io.witj.parser.resolve;

import io.witj.parser.SourceLocations;
import io.witj.parser.diag.Span;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Package;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The global arenas packages are merged into, and the feature set that gates their items. */
final class ResolveBuilder {
  final List<TypeSlot> types = new ArrayList<>();
  final List<InterfaceSlot> interfaces = new ArrayList<>();
  final List<WorldSlot> worlds = new ArrayList<>();
  final List<PackageName> packageNames = new ArrayList<>();
  private final List<String> packageDocs = new ArrayList<>();
  final List<LinkedHashMap<String, Integer>> packageInterfaces = new ArrayList<>();
  final List<LinkedHashMap<String, Integer>> packageWorlds = new ArrayList<>();
  final Map<PackageName, Integer> packageIds = new HashMap<>();
  final Map<Integer, Span> typeSpans = new HashMap<>();
  final Map<String, Span> functionSpans = new HashMap<>();
  final Map<Integer, Span> worldSpans = new HashMap<>();
  final Map<String, Span> worldItemSpans = new HashMap<>();
  private final Set<String> features;

  /** The nesting depth of every type, checked as packages are merged. */
  final TypeNesting nesting = new TypeNesting(types);

  ResolveBuilder(Set<String> features) {
    this.features = Set.copyOf(features);
  }

  int addPackage(PackageName name, @Nullable String docs) {
    packageNames.add(name);
    packageDocs.add(docs);
    packageInterfaces.add(new LinkedHashMap<>());
    packageWorlds.add(new LinkedHashMap<>());
    packageIds.put(name, packageNames.size() - 1);
    return packageNames.size() - 1;
  }

  int addType(TypeSlot slot) {
    types.add(slot);
    return types.size() - 1;
  }

  /**
   * Whether an item with this gate is kept: unstable items only when their feature is enabled;
   * {@code @since} must not name a version after the one of the package ({@code span} is where to
   * report that).
   */
  boolean include(Stability stability, int packageId, Span span) {
    if (stability instanceof Stability.Unstable unstable) {
      return features.contains(unstable.feature());
    }
    if (stability instanceof Stability.Stable stable) {
      PackageName pkg = packageNames.get(packageId);
      if (pkg.version() == null) {
        throw Errors.at(
            span,
            "package ["
                + pkg
                + "] contains a feature gate with a version specifier, so it must have a version");
      }
      if (VersionOrder.compare(stable.since(), pkg.version()) > 0) {
        throw Errors.at(
            span,
            "feature gate cannot reference unreleased version "
                + stable.since()
                + " of package ["
                + pkg
                + "] (current version "
                + pkg.version()
                + ")");
      }
    }
    return true;
  }

  /** {@code ns:pkg/iface@version} of a named interface, or its bare name when it has no package. */
  String interfaceId(int id) {
    InterfaceSlot iface = interfaces.get(id);
    if (iface.packageId < 0 || iface.name == null) {
      return String.valueOf(iface.name);
    }
    return packageNames.get(iface.packageId).interfaceId(iface.name);
  }

  /** Where the merged types, interface functions, worlds and world items were defined. */
  SourceLocations locations() {
    return new SourceLocations(typeSpans, functionSpans, worldSpans, worldItemSpans);
  }

  Resolve build(List<Integer> mainPackages) {
    List<World> w = new ArrayList<>();
    worlds.forEach(slot -> w.add(slot.freeze()));
    List<Interface> i = new ArrayList<>();
    interfaces.forEach(slot -> i.add(slot.freeze()));
    List<TypeDef> t = new ArrayList<>();
    types.forEach(slot -> t.add(slot.freeze()));
    List<Package> p = new ArrayList<>();
    for (int id = 0; id < packageNames.size(); id++) {
      p.add(
          new Package(
              packageNames.get(id),
              packageDocs.get(id),
              Collections.unmodifiableMap(packageInterfaces.get(id)),
              Collections.unmodifiableMap(packageWorlds.get(id))));
    }
    return new Resolve(
        List.copyOf(w), List.copyOf(i), List.copyOf(t), List.copyOf(p), List.copyOf(mainPackages));
  }
}
