package io.witj.parser.resolve;

import io.witj.parser.SourceLocations;
import io.witj.parser.diag.Span;
import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Stability;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.TypeRef;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends one {@link UnresolvedPackage} to the global arenas: connects its placeholders to the
 * packages merged before it, drops items of disabled features, turns uses of resources into {@code
 * own} handles, rejects {@code borrow} in results, then flattens and elaborates its worlds.
 */
final class Merger {
  private final ResolveBuilder resolve;
  private final UnresolvedPackage pkg;
  final List<Integer> typeMap = new ArrayList<>();
  final List<Integer> interfaceMap = new ArrayList<>();
  final List<Integer> worldMap = new ArrayList<>();
  private final Map<Integer, Integer> ownHandles = new HashMap<>();
  private final Map<Integer, Boolean> hasBorrow = new HashMap<>();
  int packageId;

  Merger(ResolveBuilder resolve, UnresolvedPackage pkg) {
    this.resolve = resolve;
    this.pkg = pkg;
  }

  int append() {
    packageId = resolve.addPackage(pkg.name, pkg.docs);
    new ForeignLinker(resolve, pkg, this).link();
    int foreignTypes = typeMap.size();
    int foreignInterfaces = interfaceMap.size();
    int foreignWorlds = worldMap.size();
    for (int i = foreignTypes; i < pkg.types.size(); i++) {
      TypeSlot slot = pkg.types.get(i);
      Span span = pkg.typeSpans.get(i);
      if (!resolve.include(slot.stability, packageId, span)) {
        typeMap.add(null);
        continue;
      }
      TypeSlot copy = slot.copy();
      List<Span> fields = pkg.fieldSpans.get(i);
      int[] field = {0};
      copy.kind =
          Kinds.map(
              slot.resolvedKind(),
              t -> updateType(t, fields == null ? span : fields.get(field[0]++)),
              id -> mapType(id, span));
      int id = resolve.addType(copy);
      resolve.typeSpans.put(id, span);
      typeMap.add(id);
    }
    for (int i = foreignTypes; i < typeMap.size(); i++) {
      Integer id = typeMap.get(i);
      if (id != null) {
        resolve.nesting.check(id, pkg.typeSpans.get(i));
      }
    }
    for (int i = foreignInterfaces; i < pkg.interfaces.size(); i++) {
      InterfaceSlot slot = pkg.interfaces.get(i);
      UnresolvedPackage.InterfaceSpans spans = pkg.interfaceSpans.get(i);
      if (!resolve.include(slot.stability, packageId, spans.span)) {
        interfaceMap.add(null);
        continue;
      }
      InterfaceSlot copy = updateInterface(slot, spans);
      resolve.interfaces.add(copy);
      int id = resolve.interfaces.size() - 1;
      interfaceMap.add(id);
      int index = 0;
      for (String function : slot.functions.keySet()) {
        resolve.functionSpans.put(
            SourceLocations.functionKey(id, function), spans.functions.get(index++));
      }
    }
    updateOwners(foreignTypes, false);
    List<Integer> merged = new ArrayList<>();
    WorldElaborator worlds = new WorldElaborator(resolve, this);
    for (int i = foreignWorlds; i < pkg.worlds.size(); i++) {
      WorldSlot slot = pkg.worlds.get(i);
      UnresolvedPackage.WorldSpans spans = pkg.worldSpans.get(i);
      if (!resolve.include(slot.stability, packageId, spans.span)) {
        worldMap.add(null);
        continue;
      }
      resolve.worlds.add(worlds.update(slot, spans, resolve.worlds.size()));
      worldMap.add(resolve.worlds.size() - 1);
      resolve.worldSpans.put(resolve.worlds.size() - 1, spans.span);
      merged.add(i);
    }
    updateOwners(foreignTypes, true);
    for (int i : merged) {
      worlds.includeAndElaborate(worldMap.get(i), pkg.worlds.get(i), pkg.worldSpans.get(i));
    }
    for (int i = foreignInterfaces; i < interfaceMap.size(); i++) {
      Integer id = interfaceMap.get(i);
      if (id != null && resolve.interfaces.get(id).name != null) {
        resolve.packageInterfaces.get(packageId).put(resolve.interfaces.get(id).name, id);
      }
    }
    for (int i = foreignWorlds; i < worldMap.size(); i++) {
      Integer id = worldMap.get(i);
      if (id != null) {
        resolve.worlds.get(id).packageId = packageId;
        resolve.packageWorlds.get(packageId).put(resolve.worlds.get(id).name, id);
      }
    }
    return packageId;
  }

  private void updateOwners(int foreignTypes, boolean worlds) {
    for (int i = foreignTypes; i < typeMap.size(); i++) {
      Integer id = typeMap.get(i);
      if (id == null) {
        continue;
      }
      TypeSlot slot = resolve.types.get(id);
      Span span = pkg.typeSpans.get(i);
      if (!worlds && slot.owner instanceof TypeOwner.OfInterface o) {
        slot.owner =
            new TypeOwner.OfInterface(
                map(
                    interfaceMap,
                    o.interfaceId(),
                    "interface",
                    span,
                    "; this type is not gated by a feature but its interface is"));
      } else if (worlds && slot.owner instanceof TypeOwner.OfWorld o) {
        slot.owner =
            new TypeOwner.OfWorld(
                map(
                    worldMap,
                    o.worldId(),
                    "world",
                    span,
                    "; this type is not gated by a feature but its world is"));
      }
    }
  }

  private InterfaceSlot updateInterface(
      InterfaceSlot slot, UnresolvedPackage.InterfaceSpans spans) {
    InterfaceSlot copy = new InterfaceSlot();
    copy.name = slot.name;
    copy.docs = slot.docs;
    copy.stability = slot.stability;
    copy.packageId = packageId;
    for (Map.Entry<String, Integer> entry : slot.types.entrySet()) {
      if (typeMap.get(entry.getValue()) != null) {
        copy.types.put(entry.getKey(), mapType(entry.getValue(), spans.span));
      }
    }
    int index = 0;
    for (Function function : slot.functions.values()) {
      Span span = spans.functions.get(index++);
      if (resolve.include(function.stability(), packageId, span)) {
        copy.functions.put(function.name(), updateFunction(function, span));
      }
    }
    return copy;
  }

  Function updateFunction(Function function, Span span) {
    FunctionKind kind = function.kind();
    if (kind.isResourceFunction()) {
      kind = new FunctionKind(kind.kind(), mapType(kind.resourceId(), span));
    }
    List<Function.Param> params = new ArrayList<>();
    for (Function.Param param : function.params()) {
      params.add(new Function.Param(param.name(), updateType(param.type(), span)));
    }
    Type result = function.result() == null ? null : updateType(function.result(), span);
    if (result != null && hasBorrow(result)) {
      throw Errors.at(
          span,
          "function `"
              + function.name()
              + "` returns a type which contains a `borrow<T>` which is not supported");
    }
    return new Function(
        function.name(), kind, List.copyOf(params), result, function.docs(), function.stability());
  }

  /** Maps a type in a value position; a (possibly aliased) resource becomes {@code own<R>}. */
  private Type updateType(Type type, Span span) {
    if (!(type instanceof TypeRef ref)) {
      return type;
    }
    int id = mapType(ref.id(), span);
    int current = id;
    while (resolve.types.get(current).kind instanceof TypeDefKind.AliasType alias
        && alias.target() instanceof TypeRef next) {
      current = next.id();
    }
    if (resolve.types.get(current).kind instanceof TypeDefKind.ResourceType) {
      final int resource = id;
      id =
          ownHandles.computeIfAbsent(
              resource,
              r ->
                  resolve.addType(
                      new TypeSlot(
                          null,
                          new TypeDefKind.HandleType(false, r),
                          null,
                          null,
                          Stability.UNKNOWN)));
    }
    return new TypeRef(id);
  }

  private boolean hasBorrow(Type type) {
    Type target = type;
    while (target instanceof TypeRef ref // follow alias chains here: they can be long
        && resolve.types.get(ref.id()).kind instanceof TypeDefKind.AliasType alias) {
      target = alias.target();
    }
    if (!(target instanceof TypeRef ref)) {
      return false;
    }
    Boolean known = hasBorrow.get(ref.id());
    if (known != null) {
      return known;
    }
    TypeDefKind kind = resolve.types.get(ref.id()).resolvedKind();
    boolean result;
    if (kind instanceof TypeDefKind.HandleType h) {
      result = h.borrow();
    } else if (kind instanceof TypeDefKind.ResourceType) {
      result = false;
    } else {
      result = false;
      List<Type> parts = Kinds.referenced(kind);
      for (Type part : parts) {
        if (hasBorrow(part)) {
          result = true;
          break;
        }
      }
    }
    hasBorrow.put(ref.id(), result);
    return result;
  }

  int mapType(int id, Span span) {
    return map(typeMap, id, "type", span, "");
  }

  int mapInterface(int id, Span span) {
    return map(interfaceMap, id, "interface", span, "");
  }

  int mapWorld(int id, Span span) {
    return map(worldMap, id, "world", span, "");
  }

  WorldKey mapKey(WorldKey key, Span span) {
    return key instanceof WorldKey.OfInterface o
        ? new WorldKey.OfInterface(mapInterface(o.interfaceId(), span))
        : key;
  }

  private static int map(List<Integer> map, int id, String desc, Span span, String context) {
    Integer mapped = map.get(id);
    if (mapped == null) {
      throw Errors.at(
          span,
          "found a reference to a "
              + desc
              + " which is excluded due to its feature not being activated"
              + context);
    }
    return mapped;
  }

  /** The key text of a world item as the reference parser names it in messages. */
  String keyName(WorldKey key) {
    return key instanceof WorldKey.Name n
        ? n.name()
        : resolve.interfaceId(((WorldKey.OfInterface) key).interfaceId());
  }

  Stability stabilityOf(WorldItem item) {
    if (item instanceof WorldItem.InterfaceItem i) {
      return i.stability();
    }
    if (item instanceof WorldItem.FunctionItem f) {
      return f.function().stability();
    }
    return resolve.types.get(((WorldItem.TypeItem) item).typeId()).stability;
  }

  PackageName packageName() {
    return pkg.name;
  }
}
