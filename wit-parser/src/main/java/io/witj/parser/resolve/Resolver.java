package io.witj.parser.resolve;

import io.witj.parser.WitLibrary;
import io.witj.parser.WitResolution;
import io.witj.parser.WitSources;
import io.witj.parser.ast.WitFile;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Resolve;
import io.witj.parser.syntax.WitSyntax;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves parsed WIT: a root group of files plus dependency groups into one {@link Resolve},
 * packages in dependency order. Items gated by {@code @unstable(feature = f)} are kept only when
 * {@code f} is among the enabled features. Packages used by some group but defined by none are
 * looked up in a {@link WitLibrary}, repeatedly, until nothing more is missing or the library does
 * not have it (then the usual "package not found" error follows). Invalid input raises a {@code
 * WitException}.
 */
public final class Resolver {
  private Resolver() {}

  public static Resolve resolve(
      List<WitFile> root, List<List<WitFile>> deps, Set<String> features) {
    return resolve(root, deps, WitLibrary.NONE, features).resolve();
  }

  /** Parses and resolves {@code sources}, completing them from {@code library}. */
  public static WitResolution resolve(
      WitSources sources, WitLibrary library, Set<String> features) {
    List<List<WitFile>> deps = new ArrayList<>();
    for (List<SourceFile> group : sources.deps()) {
      deps.add(parse(group));
    }
    return resolve(parse(sources.root()), deps, library, features);
  }

  private static WitResolution resolve(
      List<WitFile> root, List<List<WitFile>> deps, WitLibrary library, Set<String> features) {
    List<List<UnresolvedPackage>> groups = new ArrayList<>();
    List<UnresolvedPackage> main = PackageGroup.resolve(root);
    groups.add(main);
    for (List<WitFile> dep : deps) {
      groups.add(PackageGroup.resolve(dep));
    }
    addFromLibrary(groups, library);
    ResolveBuilder builder = new ResolveBuilder(features);
    List<Integer> mainIds = new ArrayList<>();
    Map<PackageName, String> origins = new LinkedHashMap<>();
    for (UnresolvedPackage pkg : PackageOrder.sort(groups)) {
      int id = new Merger(builder, pkg).append();
      origins.put(pkg.name, pkg.nameSpan == null ? "?" : pkg.nameSpan.file().displayPath());
      if (main.contains(pkg)) {
        mainIds.add(id);
      }
    }
    return new WitResolution(builder.build(mainIds), origins, builder.locations());
  }

  /** Adds the library's group for every used package no group defines, until none is missing. */
  private static void addFromLibrary(List<List<UnresolvedPackage>> groups, WitLibrary library) {
    Set<PackageName> asked = new HashSet<>();
    while (true) {
      Set<PackageName> defined = new HashSet<>();
      List<PackageName> used = new ArrayList<>();
      for (List<UnresolvedPackage> group : groups) {
        for (UnresolvedPackage pkg : group) {
          defined.add(pkg.name);
          used.addAll(pkg.foreignDeps.keySet());
        }
      }
      List<List<UnresolvedPackage>> found = new ArrayList<>();
      for (PackageName name : used) {
        if (!defined.contains(name) && asked.add(name)) {
          Optional<List<SourceFile>> files = library.find(name);
          if (files.isPresent()) {
            found.add(PackageGroup.resolve(parse(files.get())));
          }
        }
      }
      if (found.isEmpty()) {
        return;
      }
      groups.addAll(found);
    }
  }

  private static List<WitFile> parse(List<SourceFile> files) {
    List<WitFile> parsed = new ArrayList<>();
    for (SourceFile file : files) {
      parsed.add(WitSyntax.parse(file));
    }
    return parsed;
  }
}
