package io.witj.codegen.javamodel;

import io.witj.codegen.names.JavaNames;
import io.witj.codegen.names.NameScope;
import io.witj.parser.model.Package;
import io.witj.parser.model.Resolve;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Simple names of the top-level Java types of named interfaces and worlds. Within one Java package
 * (all WIT packages mapped there, in Resolve order) names are claimed per WIT package: its
 * interfaces in source order ({@code Iface}), then its worlds ({@code W}, then {@code WImports});
 * clashes follow {@link NameScope}, and a world never takes a name of its own nested classes
 * ({@link #WORLD_NESTED_CLASSES}). Export-side classes reuse the interface's name in their own
 * package.
 */
final class TopLevelNames {
  /**
   * The nested classes of every world class (its builder, its import glue): a class cannot share
   * its name with one of its nested classes, so a world named {@code builder} is {@code Builder_2}.
   */
  static final Set<String> WORLD_NESTED_CLASSES = Set.of("Builder", "HostGlue");

  private final Map<Integer, String> interfaces = new HashMap<>();
  private final Map<Integer, String> worlds = new HashMap<>();
  private final Map<Integer, String> worldImports = new HashMap<>();
  private final Map<String, Set<String>> byPackage = new HashMap<>();

  TopLevelNames(Resolve resolve, PackageMapping mapping) {
    Map<String, NameScope> scopes = new HashMap<>();
    for (Package pkg : resolve.packages()) {
      NameScope scope =
          scopes.computeIfAbsent(
              mapping.javaPackage(pkg.name(), Side.IMPORT), p -> new NameScope());
      pkg.interfaces()
          .forEach((name, id) -> interfaces.put(id, scope.claim(JavaNames.upperCamel(name))));
      pkg.worlds()
          .forEach(
              (name, id) ->
                  worlds.put(id, scope.claim(JavaNames.upperCamel(name), WORLD_NESTED_CLASSES)));
      pkg.worlds()
          .forEach(
              (name, id) ->
                  worldImports.put(id, scope.claim(JavaNames.upperCamel(name) + "Imports")));
      Set<String> imports =
          byPackage.computeIfAbsent(
              mapping.javaPackage(pkg.name(), Side.IMPORT), p -> new HashSet<>());
      Set<String> exports =
          byPackage.computeIfAbsent(
              mapping.javaPackage(pkg.name(), Side.EXPORT), p -> new HashSet<>());
      pkg.interfaces()
          .values()
          .forEach(
              id -> {
                imports.add(interfaces.get(id));
                exports.add(interfaces.get(id));
              });
      pkg.worlds()
          .values()
          .forEach(
              id -> {
                imports.add(worlds.get(id));
                imports.add(worldImports.get(id));
              });
    }
  }

  /**
   * Every top-level simple name these rules give out in {@code javaPackage}, mutable for additions.
   */
  Set<String> namesIn(String javaPackage) {
    return byPackage.computeIfAbsent(javaPackage, p -> new HashSet<>());
  }

  @Nullable String interfaceName(int interfaceId) {
    return interfaces.get(interfaceId);
  }

  @Nullable String worldName(int worldId) {
    return worlds.get(worldId);
  }

  @Nullable String worldImportsName(int worldId) {
    return worldImports.get(worldId);
  }
}
