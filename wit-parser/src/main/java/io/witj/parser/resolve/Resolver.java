package io.witj.parser.resolve;

import io.witj.parser.ast.WitFile;
import io.witj.parser.model.Resolve;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves parsed WIT: a root group of files plus dependency groups into one {@link Resolve},
 * packages in dependency order. Items gated by {@code @unstable(feature = f)} are kept only when
 * {@code f} is among the enabled features. Invalid input raises a {@code WitException}.
 */
public final class Resolver {
  private Resolver() {}

  public static Resolve resolve(
      List<WitFile> root, List<List<WitFile>> deps, Set<String> features) {
    List<List<UnresolvedPackage>> groups = new ArrayList<>();
    List<UnresolvedPackage> main = PackageGroup.resolve(root);
    groups.add(main);
    for (List<WitFile> dep : deps) {
      groups.add(PackageGroup.resolve(dep));
    }
    ResolveBuilder builder = new ResolveBuilder(features);
    List<Integer> mainIds = new ArrayList<>();
    for (UnresolvedPackage pkg : PackageOrder.sort(groups)) {
      int id = new Merger(builder, pkg).append();
      if (main.contains(pkg)) {
        mainIds.add(id);
      }
    }
    return builder.build(mainIds);
  }
}
