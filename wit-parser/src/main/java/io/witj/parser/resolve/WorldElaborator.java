package io.witj.parser.resolve;

import io.witj.parser.SourceLocations;
import io.witj.parser.diag.Span;
import io.witj.parser.model.Function;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Merges the worlds of a package: maps their items to global ids (dropping disabled ones), flattens
 * {@code include}s with their renames, and elaborates imports and exports so that every interface
 * needed through {@code use} is imported before the item that needs it.
 */
final class WorldElaborator {
  private final ResolveBuilder resolve;
  private final Merger merger;

  WorldElaborator(ResolveBuilder resolve, Merger merger) {
    this.resolve = resolve;
    this.merger = merger;
  }

  /** {@code slot} merged into the resolve as world {@code worldId}. */
  WorldSlot update(WorldSlot slot, UnresolvedPackage.WorldSpans spans, int worldId) {
    WorldSlot out = new WorldSlot();
    out.name = slot.name;
    out.docs = slot.docs;
    out.stability = slot.stability;
    out.packageId = merger.packageId;
    updateItems(slot.imports, spans.imports, out.imports, worldId, false);
    updateItems(slot.exports, spans.exports, out.exports, worldId, true);
    return out;
  }

  private void updateItems(
      Map<WorldKey, WorldItem> items,
      List<Span> spans,
      Map<WorldKey, WorldItem> out,
      int worldId,
      boolean export) {
    int index = 0;
    for (Map.Entry<WorldKey, WorldItem> entry : items.entrySet()) {
      Span span = spans.get(index++);
      WorldItem item = entry.getValue();
      if (item instanceof WorldItem.TypeItem t) {
        item = new WorldItem.TypeItem(merger.mapType(t.typeId(), span));
      }
      if (!resolve.include(merger.stabilityOf(item), merger.packageId, span)) {
        continue;
      }
      WorldKey key = merger.mapKey(entry.getKey(), span);
      if (item instanceof WorldItem.InterfaceItem i) {
        int interfaceId = merger.mapInterface(i.interfaceId(), span);
        item = new WorldItem.InterfaceItem(interfaceId, i.stability(), i.docs());
        resolve.worldItemSpans.put(
            SourceLocations.worldInterfaceKey(worldId, export, interfaceId), span);
      } else if (item instanceof WorldItem.FunctionItem f) {
        item = new WorldItem.FunctionItem(merger.updateFunction(f.function(), span));
        resolve.worldItemSpans.put(
            SourceLocations.worldFunctionKey(worldId, export, f.function().name()), span);
      }
      out.put(key, item);
    }
  }

  void includeAndElaborate(int worldId, WorldSlot unresolved, UnresolvedPackage.WorldSpans spans) {
    for (int i = 0; i < unresolved.includes.size(); i++) {
      WorldSlot.IncludeRef include = unresolved.includes.get(i);
      Span span = spans.includes.get(i);
      if (resolve.include(include.stability(), merger.packageId, span)) {
        include(worldId, include, span);
      }
    }
    elaborate(worldId, spans.span);
  }

  private void include(int worldId, WorldSlot.IncludeRef include, Span span) {
    int includedId = merger.mapWorld(include.worldId(), span);
    WorldSlot included = resolve.worlds.get(includedId);
    List<WorldSlot.Rename> unmatched = new ArrayList<>(include.renames());
    for (Map<WorldKey, WorldItem> items : List.of(included.imports, included.exports)) {
      for (WorldKey key : items.keySet()) {
        if (key instanceof WorldKey.Name n) {
          unmatched.removeIf(rename -> rename(n.name(), rename) != null);
        }
      }
    }
    if (!unmatched.isEmpty()) {
      throw Errors.at(
          span,
          "no import or export kebab-name `"
              + unmatched.get(0).name()
              + "`. Note that an ID does not support renaming");
    }
    WorldSlot world = resolve.worlds.get(worldId);
    WorldTypeCloner cloner = new WorldTypeCloner(resolve, includedId, worldId);
    boolean external = world.packageId != included.packageId;
    copy(
        include.renames(),
        new LinkedHashMap<>(included.imports),
        world.imports,
        cloner,
        span,
        "import",
        external);
    copy(
        include.renames(),
        new LinkedHashMap<>(included.exports),
        world.exports,
        cloner,
        span,
        "export",
        external);
  }

  /**
   * The gate an interface included twice ends up with: a known gate replaces an unknown one, and a
   * stable gate is dropped when the include crosses packages.
   */
  private static Stability mergeStability(
      Stability from, Stability into, boolean external, Span span) {
    if (external && from instanceof Stability.Stable) {
      return Stability.UNKNOWN;
    }
    if (from.equals(into) || from instanceof Stability.Unknown) {
      return into;
    }
    if (into instanceof Stability.Unknown) {
      return from;
    }
    throw Errors.at(span, "mismatch in stability from '" + from + "' to '" + into + "'");
  }

  private static void copy(
      List<WorldSlot.Rename> renames,
      Map<WorldKey, WorldItem> from,
      Map<WorldKey, WorldItem> to,
      WorldTypeCloner cloner,
      Span span,
      String desc,
      boolean external) {
    WorldNames names = new WorldNames(desc);
    for (WorldKey key : to.keySet()) {
      if (key instanceof WorldKey.Name n) {
        names.add(n.name(), span);
      }
    }
    for (Map.Entry<WorldKey, WorldItem> entry : from.entrySet()) {
      if (!(entry.getKey() instanceof WorldKey.Name n)) {
        WorldItem.InterfaceItem item = (WorldItem.InterfaceItem) entry.getValue();
        WorldItem.InterfaceItem existing = (WorldItem.InterfaceItem) to.get(entry.getKey());
        WorldItem.InterfaceItem into = existing != null ? existing : item;
        Stability merged = mergeStability(item.stability(), into.stability(), external, span);
        to.put(
            entry.getKey(), new WorldItem.InterfaceItem(into.interfaceId(), merged, into.docs()));
        continue;
      }
      String name = n.name();
      for (WorldSlot.Rename rename : renames) {
        String renamed = rename(n.name(), rename);
        if (renamed != null) {
          name = renamed;
          break;
        }
      }
      WorldItem item = cloner.item(entry.getValue(), name);
      names.add(name, span);
      if (to.putIfAbsent(new WorldKey.Name(name), item) != null) {
        throw Errors.at(span, desc + " of `" + name + "` shadows previously " + desc + "ed items");
      }
    }
  }

  /**
   * The new name of {@code original} under {@code rename}, also for a renamed resource's functions.
   */
  private static @Nullable String rename(String original, WorldSlot.Rename rename) {
    if (original.equals(rename.name())) {
      return rename.as();
    }
    int close = original.indexOf(']');
    if (!original.startsWith("[") || close < 0) {
      return null;
    }
    String prefix = original.substring(0, close + 1);
    String rest = original.substring(close + 1);
    int dot = rest.indexOf('.');
    String resource = dot >= 0 ? rest.substring(0, dot) : rest;
    if (!resource.equals(rename.name())) {
      return null;
    }
    return prefix + rename.as() + (dot >= 0 ? rest.substring(dot) : "");
  }

  private void elaborate(int worldId, Span worldSpan) {
    WorldSlot world = resolve.worlds.get(worldId);
    List<Map.Entry<WorldKey, WorldItem>> imports = new ArrayList<>(world.imports.entrySet());
    imports.sort(Comparator.comparingInt(e -> rank(e.getValue())));
    LinkedHashMap<WorldKey, WorldItem> newImports = new LinkedHashMap<>();
    for (Map.Entry<WorldKey, WorldItem> entry : imports) {
      WorldItem item = entry.getValue();
      if (item instanceof WorldItem.InterfaceItem i) {
        importWithDeps(newImports, entry.getKey(), i.interfaceId(), i.stability());
      } else {
        if (item instanceof WorldItem.TypeItem t) {
          int dep = interfaceDep(t.typeId());
          if (dep >= 0) {
            importWithDeps(
                newImports,
                new WorldKey.OfInterface(dep),
                dep,
                resolve.types.get(t.typeId()).stability);
          }
        }
        newImports.put(entry.getKey(), item);
      }
    }
    LinkedHashMap<WorldKey, WorldItem> newExports = new LinkedHashMap<>();
    LinkedHashMap<Integer, WorldKey> exportInterfaces = new LinkedHashMap<>();
    Map<Integer, Stability> exportStability = new LinkedHashMap<>();
    for (Map.Entry<WorldKey, WorldItem> entry : world.exports.entrySet()) {
      if (entry.getValue() instanceof WorldItem.InterfaceItem i) {
        exportInterfaces.put(i.interfaceId(), entry.getKey());
        exportStability.put(i.interfaceId(), i.stability());
      } else {
        newExports.put(entry.getKey(), entry.getValue());
      }
    }
    Set<Integer> requiredImports = new HashSet<>();
    for (Map.Entry<Integer, WorldKey> entry : exportInterfaces.entrySet()) {
      ExportWalk walk =
          new ExportWalk(
              newImports,
              newExports,
              exportInterfaces,
              requiredImports,
              Objects.requireNonNull(exportStability.get(entry.getKey())));
      if (!walk.add(entry.getKey(), entry.getValue(), true)) {
        throw Errors.at(
            worldSpan,
            "interface `"
                + merger.keyName(entry.getValue())
                + "` transitively depends on an interface in incompatible ways");
      }
    }
    List<Map.Entry<WorldKey, WorldItem>> sorted = new ArrayList<>(newImports.entrySet());
    sorted.sort(Comparator.comparingInt(e -> rank(e.getValue())));
    world.imports = new LinkedHashMap<>();
    sorted.forEach(e -> world.imports.put(e.getKey(), e.getValue()));
    world.exports = newExports;
  }

  /** Adds the exports an exported interface needs; false when it would need one both ways. */
  private final class ExportWalk {
    final Map<WorldKey, WorldItem> imports;
    final Map<WorldKey, WorldItem> exports;
    final Map<Integer, WorldKey> exportInterfaces;
    final Set<Integer> requiredImports;
    final Stability stability;

    ExportWalk(
        Map<WorldKey, WorldItem> imports,
        Map<WorldKey, WorldItem> exports,
        Map<Integer, WorldKey> exportInterfaces,
        Set<Integer> requiredImports,
        Stability stability) {
      this.imports = imports;
      this.exports = exports;
      this.exportInterfaces = exportInterfaces;
      this.requiredImports = requiredImports;
      this.stability = stability;
    }

    boolean add(int id, WorldKey key, boolean export) {
      if (exports.containsKey(key)) {
        return export;
      }
      if (!export && requiredImports.contains(id)) {
        return true;
      }
      for (int dep : directDeps(id)) {
        if (!add(dep, new WorldKey.OfInterface(dep), export && exportInterfaces.containsKey(dep))) {
          return false;
        }
      }
      WorldItem item = new WorldItem.InterfaceItem(id, stability, null);
      if (export) {
        if (requiredImports.contains(id)) {
          return false;
        }
        exports.put(key, item);
      } else {
        requiredImports.add(id);
        imports.put(key, item);
      }
      return true;
    }
  }

  private void importWithDeps(
      Map<WorldKey, WorldItem> imports, WorldKey key, int id, Stability stability) {
    if (imports.containsKey(key)) {
      return;
    }
    for (int dep : directDeps(id)) {
      importWithDeps(imports, new WorldKey.OfInterface(dep), dep, stability);
    }
    imports.put(key, new WorldItem.InterfaceItem(id, stability, null));
  }

  private List<Integer> directDeps(int interfaceId) {
    List<Integer> deps = new ArrayList<>();
    for (int type : resolve.interfaces.get(interfaceId).types.values()) {
      int dep = interfaceDep(type);
      if (dep >= 0) {
        deps.add(dep);
      }
    }
    return deps;
  }

  /** The interface a {@code use}d type comes from, or -1. */
  private int interfaceDep(int typeId) {
    TypeSlot type = resolve.types.get(typeId);
    if (!(type.kind instanceof TypeDefKind.AliasType alias
        && alias.target() instanceof TypeRef ref)) {
      return -1;
    }
    TypeSlot other = resolve.types.get(ref.id());
    if (java.util.Objects.equals(type.owner, other.owner)) {
      return -1;
    }
    return other.owner instanceof io.witj.parser.model.TypeOwner.OfInterface o
        ? o.interfaceId()
        : -1;
  }

  /**
   * Interfaces, then used types, then other types, then free functions, then resource functions.
   */
  private int rank(WorldItem item) {
    if (item instanceof WorldItem.InterfaceItem) {
      return 0;
    }
    if (item instanceof WorldItem.TypeItem t) {
      TypeSlot type = resolve.types.get(t.typeId());
      if (type.kind instanceof TypeDefKind.AliasType alias
          && alias.target() instanceof TypeRef ref
          && !java.util.Objects.equals(resolve.types.get(ref.id()).owner, type.owner)) {
        return 1;
      }
      return 2;
    }
    Function function = ((WorldItem.FunctionItem) item).function();
    return function.kind().isResourceFunction() ? 4 : 3;
  }
}
