package io.witj.codegen.javamodel;

import io.witj.codegen.names.JavaNames;
import io.witj.parser.model.PackageName;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * WIT package → Java package. By default {@code ns:pkg} becomes {@code <base>.<ns>.<pkg>} on the
 * import side and {@code <base>.exports.<ns>.<pkg>} on the export side, each segment through {@link
 * JavaNames#packageSegment}. An entry of the package map ({@code ns:pkg} or {@code ns:pkg@version}
 * → a Java package {@code M}, the versioned key winning) replaces the whole default: import side
 * {@code M}, export side {@code M.exports}. When a world uses two versions of one package, those
 * packages get a version segment {@code v<version>} ({@code 0.2.0} → {@code v0_2_0}) appended to
 * the unversioned mapping; a versioned package-map entry is used exactly as written.
 */
public final class PackageMapping {

  private final String basePackage;
  private final Map<String, String> packageMap;
  private final Set<String> versioned;

  /**
   * @param basePackage prefix of every generated package, or empty
   * @param packageMap WIT package ({@code ns:pkg} or {@code ns:pkg@version}) → Java package
   * @param versioned {@code ns:pkg} of the packages that occur in more than one version
   */
  public PackageMapping(String basePackage, Map<String, String> packageMap, Set<String> versioned) {
    this.basePackage = basePackage == null ? "" : basePackage;
    this.packageMap = Map.copyOf(packageMap);
    this.versioned = Set.copyOf(versioned);
  }

  /** The Java package for {@code name} on {@code side}. */
  public String javaPackage(PackageName name, Side side) {
    String unversioned = name.namespace() + ":" + name.name();
    String exact =
        name.version() == null ? null : packageMap.get(unversioned + "@" + name.version());
    if (exact != null) {
      return side == Side.IMPORT ? exact : exact + ".exports";
    }
    String mapped = packageMap.get(unversioned);
    String suffix =
        versioned.contains(unversioned) && name.version() != null
            ? ".v" + name.version().replaceAll("[^0-9A-Za-z]", "_").toLowerCase(Locale.ROOT)
            : "";
    if (mapped != null) {
      return (side == Side.IMPORT ? mapped : mapped + ".exports") + suffix;
    }
    String local =
        JavaNames.packageSegment(name.namespace()) + "." + JavaNames.packageSegment(name.name());
    String sided = side == Side.IMPORT ? local : "exports." + local;
    return join(basePackage, sided + suffix);
  }

  private static String join(String prefix, String rest) {
    return prefix.isEmpty() ? rest : prefix + "." + rest;
  }
}
