package io.witj.parser.resolve;

import io.witj.parser.ast.Ident;
import io.witj.parser.ast.InterfaceDecl;
import io.witj.parser.ast.PackageItem;
import io.witj.parser.ast.TopLevelUse;
import io.witj.parser.ast.UsePath;
import io.witj.parser.ast.WorldDecl;
import io.witj.parser.diag.Span;
import io.witj.parser.model.PackageName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The interfaces and worlds of one package and the names each file can see (its own top-level
 * {@code use}s first, then the package's items). Allocates the package's interfaces and worlds in
 * the topological order of the {@code use}s and {@code include}s between them.
 */
final class PackageItems {
  /** An interface or a world, by its id in the package's arena. */
  record Item(boolean world, int id) {}

  private final UnresolvedPackage pkg;
  private final List<List<PackageItem>> files;
  private final List<Map<String, Item>> fileScopes = new ArrayList<>();
  private final Map<String, Item> packageScope = new HashMap<>();
  final List<Integer> interfaceOrder = new ArrayList<>();
  final List<Integer> worldOrder = new ArrayList<>();

  /** The declaration and file index of each allocated interface/world id. */
  final Map<Integer, PackageItem> interfaceDecls = new HashMap<>();

  final Map<Integer, PackageItem> worldDecls = new HashMap<>();
  final Map<Integer, Integer> interfaceFiles = new HashMap<>();
  final Map<Integer, Integer> worldFiles = new HashMap<>();

  /** Which file's scope lookups go through. */
  int currentFile;

  PackageItems(UnresolvedPackage pkg, List<List<PackageItem>> files) {
    this.pkg = pkg;
    this.files = files;
  }

  private static Ident nameOf(PackageItem item) {
    if (item instanceof InterfaceDecl i) {
      return i.name();
    }
    if (item instanceof WorldDecl w) {
      return w.name();
    }
    TopLevelUse use = (TopLevelUse) item;
    return use.alias() != null ? use.alias() : use.path().name();
  }

  void populate() {
    LinkedHashMap<String, Span> declared = new LinkedHashMap<>();
    Map<String, PackageItem> decls = new HashMap<>();
    Map<String, Integer> declFile = new HashMap<>();
    LinkedHashMap<String, List<Ident>> order = new LinkedHashMap<>();
    for (int f = 0; f < files.size(); f++) {
      for (PackageItem item : files.get(f)) {
        if (item instanceof TopLevelUse) {
          continue;
        }
        Ident name = nameOf(item);
        if (declared.putIfAbsent(name.name(), name.span()) != null) {
          throw Errors.at(name.span(), "duplicate item named `" + name.name() + "`");
        }
        order.put(name.name(), new ArrayList<>());
        decls.put(name.name(), item);
        declFile.put(name.name(), f);
      }
    }
    for (List<PackageItem> file : files) {
      Map<String, Ident> local = new HashMap<>();
      Map<String, Boolean> foreign = new HashMap<>();
      for (PackageItem item : file) {
        Ident name = nameOf(item);
        Ident target =
            item instanceof TopLevelUse use
                ? (use.path() instanceof UsePath.Local l ? l.name() : null)
                : name;
        if (foreign.containsKey(name.name())) {
          throw Errors.at(name.span(), "duplicate name `" + name.name() + "` in this file");
        }
        foreign.put(name.name(), target == null);
        if (target != null) {
          local.put(name.name(), target);
        }
      }
      UsePathWalker.walk(
          file,
          (owner, annotations, path, names, target) -> {
            if (owner == null || !(path instanceof UsePath.Local l)) {
              return;
            }
            Ident used = l.name();
            Boolean isForeign = foreign.get(used.name());
            if (isForeign != null) {
              if (!isForeign) {
                Objects.requireNonNull(order.get(owner.name())).add(local.get(used.name()));
              }
            } else if (declared.containsKey(used.name())) {
              Objects.requireNonNull(order.get(owner.name())).add(used);
            } else {
              throw Errors.at(
                  used.span(), "interface or world `" + used.name() + "` does not exist");
            }
          });
    }
    Map<String, Item> ids = new HashMap<>();
    for (String name : Toposort.sort("interface or world", order)) {
      PackageItem decl = decls.get(name);
      if (decl instanceof InterfaceDecl) {
        int id = pkg.allocInterface(Objects.requireNonNull(declared.get(name)));
        pkg.interfaces.get(id).name = name;
        ids.put(name, new Item(false, id));
        interfaceOrder.add(id);
        interfaceDecls.put(id, decl);
        interfaceFiles.put(id, declFile.get(name));
      } else {
        int id = pkg.allocWorld(Objects.requireNonNull(declared.get(name)));
        pkg.worlds.get(id).name = name;
        ids.put(name, new Item(true, id));
        worldOrder.add(id);
        worldDecls.put(id, decl);
        worldFiles.put(id, declFile.get(name));
      }
    }
    for (List<PackageItem> file : files) {
      Map<String, Item> scope = new HashMap<>();
      for (PackageItem item : file) {
        Ident name = nameOf(item);
        if (item instanceof TopLevelUse use) {
          if (!use.annotations().attributes().isEmpty()) {
            throw Errors.at(use.span(), "attributes not allowed on top-level use");
          }
          Item target;
          if (use.path() instanceof UsePath.Local l) {
            target = ids.get(l.name().name());
            if (target == null) {
              throw Errors.at(
                  l.name().span(), "interface or world `" + l.name().name() + "` does not exist");
            }
          } else {
            target = foreign((UsePath.Foreign) use.path());
          }
          scope.put(name.name(), target);
        } else {
          scope.put(name.name(), ids.get(name.name()));
          packageScope.put(name.name(), ids.get(name.name()));
        }
      }
      fileScopes.add(scope);
    }
  }

  static PackageName packageName(UsePath.Foreign path) {
    return new PackageName(
        path.pkg().namespace().name(), path.pkg().name().name(), path.pkg().version());
  }

  private Item foreign(UsePath.Foreign path) {
    // populateForeignDeps recorded every foreign path of the package
    UnresolvedPackage.ForeignItem item =
        Objects.requireNonNull(
            Objects.requireNonNull(pkg.foreignDeps.get(packageName(path))).get(path.name().name()));
    return new Item(item.world, item.id);
  }

  /** The interface or world a path names, as seen from {@link #currentFile}. */
  Item resolve(UsePath path) {
    if (path instanceof UsePath.Foreign foreign) {
      return foreign(foreign);
    }
    Ident name = path.name();
    Item item = fileScopes.get(currentFile).get(name.name());
    if (item == null) {
      item = packageScope.get(name.name());
    }
    if (item == null) {
      throw Errors.at(name.span(), "interface or world `" + name.name() + "` does not exist");
    }
    return item;
  }

  int interfaceOf(UsePath path) {
    Item item = resolve(path);
    if (item.world()) {
      throw Errors.at(
          path.name().span(),
          "name `" + path.name().name() + "` is defined as a world, not an interface");
    }
    return item.id();
  }

  int worldOf(UsePath path) {
    Item item = resolve(path);
    if (!item.world()) {
      throw Errors.at(
          path.name().span(),
          "name `" + path.name().name() + "` is defined as an interface, not a world");
    }
    return item.id();
  }
}
