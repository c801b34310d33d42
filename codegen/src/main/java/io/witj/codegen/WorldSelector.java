package io.witj.codegen;

import io.witj.parser.model.Package;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Resolve;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the world to generate: {@code ns:pkg/name} (optionally {@code @version}) anywhere in the
 * Resolve, a plain {@code name} among the main packages' worlds, or — when no name is given — the
 * only world of the main packages. Errors list the candidates.
 */
public final class WorldSelector {

  private WorldSelector() {}

  /**
   * The world id for {@code spec} (null for "the only one"); {@code worldOption} is how the user
   * names the world option ({@code --world}, {@code <world>}) in the messages.
   */
  public static int select(Resolve resolve, @Nullable String spec, String worldOption) {
    List<Integer> candidates = new ArrayList<>();
    if (spec != null && spec.contains("/")) {
      for (Package pkg : resolve.packages()) {
        pkg.worlds()
            .forEach(
                (name, id) -> {
                  if (qualified(pkg.name(), name).equals(spec)
                      || unversioned(pkg.name(), name).equals(spec)) {
                    candidates.add(id);
                  }
                });
      }
    } else {
      for (int pkgId : resolve.mainPackages()) {
        resolve
            .pkg(pkgId)
            .worlds()
            .forEach(
                (name, id) -> {
                  if (spec == null || name.equals(spec)) {
                    candidates.add(id);
                  }
                });
      }
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    List<String> all = allWorlds(resolve, spec != null && spec.contains("/"));
    if (candidates.isEmpty()) {
      throw new GenerationException(
          spec == null
              ? "no world to generate: the WIT defines no world"
              : "no world '"
                  + spec
                  + "'"
                  + suggestion(spec, all)
                  + " worlds: "
                  + String.join(", ", all),
          List.of());
    }
    List<String> names = candidates.stream().map(id -> name(resolve, id)).toList();
    throw new GenerationException(
        (spec == null
                ? "several worlds, choose one with " + worldOption + ": "
                : "world '" + spec + "' is ambiguous, qualify it: ")
            + String.join(", ", names),
        List.of());
  }

  /** {@code ns:pkg/name@version} of world {@code worldId}. */
  public static String name(Resolve resolve, int worldId) {
    return qualified(
        resolve.pkg(resolve.world(worldId).packageId()).name(), resolve.world(worldId).name());
  }

  /** Qualified names of the worlds of the main packages (or of every package). */
  public static List<String> allWorlds(Resolve resolve, boolean everyPackage) {
    List<String> out = new ArrayList<>();
    List<Integer> pkgIds = new ArrayList<>();
    if (everyPackage) {
      for (int i = 0; i < resolve.packages().size(); i++) {
        pkgIds.add(i);
      }
    } else {
      pkgIds.addAll(resolve.mainPackages());
    }
    for (int pkgId : pkgIds) {
      resolve.pkg(pkgId).worlds().values().forEach(id -> out.add(name(resolve, id)));
    }
    return out;
  }

  /**
   * {@code ; did you mean 'x'?} (or just {@code ;}) for the closest of {@code worlds}, if any is
   * close enough.
   */
  private static String suggestion(String spec, List<String> worlds) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String world : worlds) {
      String candidate = spec.contains("/") ? world : plainName(world);
      int distance = EditDistance.between(spec, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(2, spec.length() / 3)
        ? "; did you mean '" + best + "'?"
        : ";";
  }

  /** {@code name} of {@code ns:pkg/name@version}. */
  private static String plainName(String qualified) {
    String name = qualified.substring(qualified.indexOf('/') + 1);
    int at = name.indexOf('@');
    return at < 0 ? name : name.substring(0, at);
  }

  private static String qualified(PackageName pkg, String world) {
    return pkg.interfaceId(world);
  }

  private static String unversioned(PackageName pkg, String world) {
    return pkg.namespace() + ":" + pkg.name() + "/" + world;
  }
}
