package io.witj.codegen.javamodel;

import io.witj.codegen.names.JavaNames;
import io.witj.codegen.names.NameScope;
import io.witj.parser.model.Interface;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Resolve;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Names of the world-class members that stand for whole interfaces (one builder setter per imported
 * interface, one accessor per exported one). An interface is named after itself ({@code streams});
 * when several interfaces on one side share that name, or it is a name the world class keeps for
 * itself, each is qualified by what tells them apart in WIT, so the names say which is which
 * instead of carrying a bare {@code _2}:
 *
 * <ul>
 *   <li>different packages: the package name ({@code ioStreams} for {@code wasi:io/streams}, {@code
 *       httpStreams} for {@code acme:http/streams}), with the namespace when the package names are
 *       equal too ({@code wasiIoStreams}, {@code acmeIoStreams});
 *   <li>one package in different versions: the version ({@code streamsV0_2_0}, {@code
 *       streamsV0_2_12});
 *   <li>a reserved name: the package name ({@code build} of {@code acme:ci} → {@code ciBuild}).
 * </ul>
 *
 * Inline interfaces ({@code import x: interface {…}}) have no package to tell them apart; whatever
 * still collides gets the scope's {@code _2} ({@link NameScope#claim}).
 */
final class InterfaceMemberNames {
  private InterfaceMemberNames() {}

  /** The member name of each of {@code models}, in order, claimed in {@code scope}. */
  static List<String> claim(Resolve resolve, List<InterfaceModel> models, NameScope scope) {
    List<Named> named = new ArrayList<>();
    for (InterfaceModel model : models) {
      Interface iface = resolve.iface(model.interfaceId());
      String name =
          iface.name() != null
              ? iface.name()
              : model.witName().substring(model.witName().lastIndexOf('/') + 1);
      PackageName pkg =
          iface.name() != null && iface.packageId() >= 0
              ? resolve.pkg(iface.packageId()).name()
              : null;
      named.add(new Named(name, pkg));
    }
    Map<String, List<Named>> groups = new LinkedHashMap<>();
    for (Named n : named) {
      groups.computeIfAbsent(JavaNames.lowerCamel(n.name), k -> new ArrayList<>()).add(n);
    }
    List<String> out = new ArrayList<>();
    for (Named n : named) {
      String plain = JavaNames.lowerCamel(n.name);
      List<Named> group = Objects.requireNonNull(groups.get(plain));
      boolean clash = group.size() > 1 || scope.isTaken(plain);
      PackageName pkg = n.pkg;
      out.add(scope.claim(clash && pkg != null ? qualified(n.name, pkg, group) : plain));
    }
    return out;
  }

  /**
   * {@code name} of package {@code pkg} with the parts of the package that differ in {@code group}.
   */
  private static String qualified(String name, PackageName pkg, List<Named> group) {
    List<PackageName> packages = group.stream().map(g -> g.pkg).filter(p -> p != null).toList();
    Set<String> names = packages.stream().map(PackageName::name).collect(Collectors.toSet());
    Set<String> namespaces =
        packages.stream()
            .filter(p -> p.name().equals(pkg.name()))
            .map(PackageName::namespace)
            .collect(Collectors.toSet());
    boolean versions =
        packages.stream()
                .filter(p -> p.name().equals(pkg.name()) && p.namespace().equals(pkg.namespace()))
                .map(p -> String.valueOf(p.version()))
                .distinct()
                .count()
            > 1;
    boolean alone = group.size() == 1; // a reserved name: qualify by the package
    StringBuilder kebab = new StringBuilder();
    if (namespaces.size() > 1) {
      kebab.append(pkg.namespace()).append('-');
    }
    if (alone || names.size() > 1 || namespaces.size() > 1) {
      kebab.append(pkg.name()).append('-');
    }
    kebab.append(name);
    String base = JavaNames.lowerCamel(kebab.toString());
    return versions && pkg.version() != null ? base + "V" + versionSuffix(pkg.version()) : base;
  }

  /** {@code 0.2.0-rc.1} → {@code 0_2_0_rc_1}. */
  private static String versionSuffix(String version) {
    return version.replaceAll("[^A-Za-z0-9]", "_");
  }

  private record Named(String name, @Nullable PackageName pkg) {}
}
