package io.witj.parser.resolve;

import io.witj.parser.ast.Annotations;
import io.witj.parser.ast.FuncDecl;
import io.witj.parser.ast.Ident;
import io.witj.parser.ast.ImportExport;
import io.witj.parser.ast.Include;
import io.witj.parser.ast.InterfaceDecl;
import io.witj.parser.ast.InterfaceItem;
import io.witj.parser.ast.PackageItem;
import io.witj.parser.ast.ResourceFunc;
import io.witj.parser.ast.TypeDecl;
import io.witj.parser.ast.Use;
import io.witj.parser.ast.UsePath;
import io.witj.parser.ast.WorldBodyItem;
import io.witj.parser.ast.WorldDecl;
import io.witj.parser.diag.Span;
import io.witj.parser.model.Function;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.WorldKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves one package (all files of a package, or one nested {@code package a:b { … }} block) on
 * its own, producing an {@link UnresolvedPackage} whose references to other packages are
 * placeholders. Mirrors the reference parser so that arena order matches it.
 */
final class PackageResolver {
  private final UnresolvedPackage pkg;
  private final List<List<PackageItem>> files;
  private final PackageItems items;
  private final List<DefinedNames> interfaceScopes = new ArrayList<>();
  private final Set<Integer> foreignInterfaces = new HashSet<>();
  private final TypeResolver types;
  private final FunctionResolver functions;

  PackageResolver(
      PackageName name, Span nameSpan, @Nullable String docs, List<List<PackageItem>> files) {
    this.pkg = new UnresolvedPackage(name, nameSpan, docs);
    this.files = files;
    this.items = new PackageItems(pkg, files);
    this.types = new TypeResolver(pkg, this);
    this.functions = new FunctionResolver(types);
  }

  UnresolvedPackage resolve() {
    populateForeignDeps();
    items.populate();
    syncScopes();
    populateForeignTypes();
    for (int id : items.interfaceOrder) {
      // PackageItems.populate recorded the file and declaration of every ordered item
      items.currentFile = Objects.requireNonNull(items.interfaceFiles.get(id));
      InterfaceDecl decl = (InterfaceDecl) Objects.requireNonNull(items.interfaceDecls.get(id));
      resolveInterface(id, decl.items(), decl.annotations());
    }
    for (int id : items.worldOrder) {
      items.currentFile = Objects.requireNonNull(items.worldFiles.get(id));
      resolveWorld(id, (WorldDecl) Objects.requireNonNull(items.worldDecls.get(id)));
    }
    return pkg;
  }

  int interfaceOf(UsePath path) {
    return items.interfaceOf(path);
  }

  DefinedNames interfaceScope(int id) {
    return interfaceScopes.get(id);
  }

  private void syncScopes() {
    while (interfaceScopes.size() < pkg.interfaces.size()) {
      interfaceScopes.add(new DefinedNames());
    }
  }

  private void populateForeignDeps() {
    for (List<PackageItem> file : files) {
      UsePathWalker.walk(
          file,
          (owner, annotations, path, names, target) -> {
            if (!(path instanceof UsePath.Foreign foreign)) {
              return;
            }
            Stability stability = Gates.stability(annotations);
            PackageName name = PackageItems.packageName(foreign);
            LinkedHashMap<String, UnresolvedPackage.ForeignItem> deps = pkg.foreignDeps.get(name);
            if (deps == null) {
              deps = new LinkedHashMap<>();
              pkg.foreignDeps.put(name, deps);
              pkg.foreignDepSpans.add(foreign.pkg().span());
            }
            UnresolvedPackage.ForeignItem item = deps.get(foreign.name().name());
            if (item == null) {
              boolean world = target == UsePathWalker.Target.WORLD;
              int id =
                  world
                      ? pkg.allocWorld(foreign.name().span())
                      : pkg.allocInterface(foreign.name().span());
              if (!world) {
                foreignInterfaces.add(id);
              }
              item = new UnresolvedPackage.ForeignItem(world, id);
              deps.put(foreign.name().name(), item);
            }
            item.stabilities.add(stability);
          });
    }
    syncScopes();
  }

  private void populateForeignTypes() {
    for (int f = 0; f < files.size(); f++) {
      items.currentFile = f;
      UsePathWalker.walk(
          files.get(f),
          (owner, annotations, path, names, target) -> {
            if (names == null) {
              return;
            }
            Stability stability = Gates.stability(annotations);
            int iface = items.interfaceOf(path);
            if (!foreignInterfaces.contains(iface)) {
              return;
            }
            DefinedNames scope = interfaceScopes.get(iface);
            for (Use.Name name : names) {
              if (scope.get(name.name().name()) != null) {
                continue;
              }
              int id =
                  pkg.allocType(
                      new TypeSlot(
                          name.name().name(),
                          null,
                          new TypeOwner.OfInterface(iface),
                          null,
                          stability),
                      name.name().span());
              scope.define(name.name(), id);
              pkg.interfaces.get(iface).types.put(name.name().name(), id);
            }
          });
    }
  }

  private void resolveInterface(int id, List<InterfaceItem> members, Annotations annotations) {
    InterfaceSlot iface = pkg.interfaces.get(id);
    iface.docs = annotations.docs();
    iface.stability = Gates.stability(annotations);
    types.scope = new DefinedNames();
    types.resolveTypes(new TypeOwner.OfInterface(id), new ArrayList<>(members));
    for (Map.Entry<String, DefinedNames.Entry> entry : types.scope.entries.entrySet()) {
      iface.types.put(entry.getKey(), entry.getValue().typeId());
    }
    List<Function> resolved = new ArrayList<>();
    List<Span> spans = pkg.interfaceSpans.get(id).functions;
    for (InterfaceItem member : members) {
      if (member instanceof FuncDecl func) {
        types.scope.define(func.name(), -1);
        resolved.add(functions.freeFunction(func.annotations(), func.name().name(), func.type()));
        spans.add(func.name().span());
      } else if (member instanceof TypeDecl.Resource resource) {
        for (ResourceFunc func : resource.functions()) {
          resolved.add(functions.resourceFunction(func, resource.name()));
          spans.add(FunctionResolver.nameSpan(func));
        }
      }
    }
    for (Function function : resolved) {
      iface.functions.put(function.name(), function);
    }
    interfaceScopes.set(id, types.scope);
  }

  private void resolveWorld(int id, WorldDecl decl) {
    WorldSlot world = pkg.worlds.get(id);
    UnresolvedPackage.WorldSpans spans = pkg.worldSpans.get(id);
    world.docs = decl.annotations().docs();
    world.stability = Gates.stability(decl.annotations());
    types.scope = new DefinedNames();
    List<Object> typeMembers = new ArrayList<>();
    for (WorldBodyItem member : decl.items()) {
      if (member instanceof Use || member instanceof TypeDecl) {
        typeMembers.add(member);
      }
    }
    types.resolveTypes(new TypeOwner.OfWorld(id), typeMembers);
    for (WorldBodyItem member : decl.items()) {
      if (member instanceof Include include) {
        Stability stability = Gates.stability(include.annotations());
        int included = items.worldOf(include.path());
        List<WorldSlot.Rename> renames = new ArrayList<>();
        for (Include.Rename rename : include.renames()) {
          renames.add(new WorldSlot.Rename(rename.from().name(), rename.to().name()));
        }
        world.includes.add(new WorldSlot.IncludeRef(stability, included, List.copyOf(renames)));
        spans.includes.add(include.path().name().span());
      }
    }
    WorldNames importNames = new WorldNames("import");
    WorldNames exportNames = new WorldNames("export");
    for (Map.Entry<String, DefinedNames.Entry> entry : types.scope.entries.entrySet()) {
      importNames.add(entry.getKey(), entry.getValue().span());
      world.imports.put(
          new WorldKey.Name(entry.getKey()),
          new io.witj.parser.model.WorldItem.TypeItem(entry.getValue().typeId()));
      spans.imports.add(entry.getValue().span());
    }
    Set<Integer> imported = new HashSet<>();
    Set<Integer> exported = new HashSet<>();
    for (WorldBodyItem member : decl.items()) {
      if (member instanceof TypeDecl.Resource resource) {
        for (ResourceFunc func : resource.functions()) {
          spans.imports.add(FunctionResolver.nameSpan(func));
          Function function = functions.resourceFunction(func, resource.name());
          importNames.add(function.name(), FunctionResolver.nameSpan(func));
          world.imports.put(
              new WorldKey.Name(function.name()),
              new io.witj.parser.model.WorldItem.FunctionItem(function));
        }
      } else if (member instanceof ImportExport ie) {
        addImportExport(
            world,
            spans,
            ie,
            ie.export() ? exported : imported,
            ie.export() ? exportNames : importNames);
      }
    }
  }

  private void addImportExport(
      WorldSlot world,
      UnresolvedPackage.WorldSpans spans,
      ImportExport ie,
      Set<Integer> seen,
      WorldNames names) {
    String desc = ie.export() ? "export" : "import";
    io.witj.parser.model.WorldItem item;
    WorldKey key;
    Span span;
    if (ie.type() instanceof ImportExport.ExternType.InlineInterface inline) {
      Ident name = Objects.requireNonNull(ie.name(), "an inline interface is named");
      DefinedNames saved = types.scope;
      int iface = pkg.allocInterface(name.span());
      syncScopes();
      resolveInterface(iface, inline.items(), ie.annotations());
      types.scope = saved;
      item =
          new io.witj.parser.model.WorldItem.InterfaceItem(
              iface, pkg.interfaces.get(iface).stability, null);
      key = new WorldKey.Name(name.name());
      span = name.span();
    } else if (ie.type() instanceof ImportExport.ExternType.Path path) {
      Stability stability = Gates.stability(ie.annotations());
      int iface = items.interfaceOf(path.path());
      item = new io.witj.parser.model.WorldItem.InterfaceItem(iface, stability, null);
      if (ie.name() == null) {
        key = new WorldKey.OfInterface(iface);
        span = path.path().name().span();
        if (!seen.add(iface)) {
          throw Errors.at(span, "interface cannot be " + desc + "ed more than once");
        }
      } else {
        key = new WorldKey.Name(ie.name().name());
        span = ie.name().span();
      }
    } else {
      ImportExport.ExternType.Func func = (ImportExport.ExternType.Func) ie.type();
      Ident name = Objects.requireNonNull(ie.name(), "a function import/export is named");
      Function function = functions.freeFunction(ie.annotations(), name.name(), func.type());
      item = new io.witj.parser.model.WorldItem.FunctionItem(function);
      key = new WorldKey.Name(function.name());
      span = ie.name().span();
    }
    if (key instanceof WorldKey.Name named) {
      names.add(named.name(), span);
    }
    LinkedHashMap<WorldKey, io.witj.parser.model.WorldItem> dst =
        ie.export() ? world.exports : world.imports;
    io.witj.parser.model.WorldItem prev = dst.putIfAbsent(key, item);
    if (prev != null) {
      String what =
          prev instanceof io.witj.parser.model.WorldItem.InterfaceItem
              ? "interface"
              : prev instanceof io.witj.parser.model.WorldItem.FunctionItem ? "func" : "type";
      String name = key instanceof WorldKey.Name n ? n.name() : "";
      throw Errors.at(
          span, desc + " `" + name + "` conflicts with prior " + what + " of same name");
    }
    (ie.export() ? spans.exports : spans.imports).add(span);
  }
}
