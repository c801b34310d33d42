package io.witj.parser.resolve;

import io.witj.parser.diag.Span;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.TypeRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Connects the placeholders of a package (interfaces, worlds and types it uses from other packages)
 * to the definitions merged before it, filling the first entries of the merger's maps.
 */
final class ForeignLinker {
  private final ResolveBuilder resolve;
  private final UnresolvedPackage pkg;
  private final Merger merger;

  ForeignLinker(ResolveBuilder resolve, UnresolvedPackage pkg, Merger merger) {
    this.resolve = resolve;
    this.pkg = pkg;
    this.merger = merger;
  }

  private record Origin(PackageName pkg, String name, Span pkgSpan, List<Stability> stabilities) {}

  void link() {
    Map<Integer, Origin> interfaces = new HashMap<>();
    Map<Integer, Origin> worlds = new HashMap<>();
    int index = 0;
    for (var dep : pkg.foreignDeps.entrySet()) {
      Span span = pkg.foreignDepSpans.get(index++);
      for (var item : dep.getValue().entrySet()) {
        UnresolvedPackage.ForeignItem foreign = item.getValue();
        Origin origin = new Origin(dep.getKey(), item.getKey(), span, foreign.stabilities);
        (foreign.world ? worlds : interfaces).put(foreign.id, origin);
      }
    }
    for (int id = 0; id < pkg.interfaces.size() && interfaces.containsKey(id); id++) {
      Origin origin = interfaces.get(id);
      Span span = pkg.interfaceSpans.get(id).span;
      int pkgId = packageOf(origin);
      if (!enabled(origin, span)) {
        merger.interfaceMap.add(null);
        continue;
      }
      Integer target = resolve.packageInterfaces.get(pkgId).get(origin.name());
      if (target == null) {
        throw Errors.at(
            span, "interface '" + origin.name() + "' not found in package '" + origin.pkg() + "'");
      }
      merger.interfaceMap.add(target);
    }
    for (int id = 0; id < pkg.worlds.size() && worlds.containsKey(id); id++) {
      Origin origin = worlds.get(id);
      Span span = pkg.worldSpans.get(id).span;
      int pkgId = packageOf(origin);
      if (!enabled(origin, span)) {
        merger.worldMap.add(null);
        continue;
      }
      Integer target = resolve.packageWorlds.get(pkgId).get(origin.name());
      if (target == null) {
        throw Errors.at(
            span, "world '" + origin.name() + "' not found in package '" + origin.pkg() + "'");
      }
      merger.worldMap.add(target);
    }
    linkTypes();
    for (UnresolvedPackage.RequiredResource required : pkg.requiredResources) {
      Integer id = merger.typeMap.get(required.typeId());
      if (id == null) {
        continue;
      }
      int current = id;
      while (true) {
        TypeDefKind kind = resolve.types.get(current).kind;
        if (kind instanceof TypeDefKind.ResourceType) {
          break;
        }
        if (kind instanceof TypeDefKind.AliasType alias && alias.target() instanceof TypeRef ref) {
          current = ref.id();
          continue;
        }
        throw Errors.at(required.span(), "type used in a handle must be a resource");
      }
    }
  }

  private void linkTypes() {
    for (int id = 0; id < pkg.types.size() && pkg.types.get(id).kind == null; id++) {
      TypeSlot slot = pkg.types.get(id);
      Span span = pkg.typeSpans.get(id);
      if (!resolve.include(slot.stability, merger.packageId, span)) {
        merger.typeMap.add(null);
        continue;
      }
      TypeOwner.OfInterface owner =
          (TypeOwner.OfInterface) Objects.requireNonNull(slot.owner, "a placeholder has an owner");
      int iface = merger.mapInterface(owner.interfaceId(), span);
      Integer target = resolve.interfaces.get(iface).types.get(slot.name);
      if (target == null) {
        throw Errors.at(span, "type `" + slot.name + "` not defined in interface");
      }
      merger.typeMap.add(target);
    }
  }

  private int packageOf(Origin origin) {
    Integer id = resolve.packageIds.get(origin.pkg());
    if (id == null) {
      throw Errors.at(origin.pkgSpan(), "package '" + origin.pkg() + "' not found");
    }
    return id;
  }

  private boolean enabled(Origin origin, Span span) {
    for (Stability stability : origin.stabilities()) {
      if (resolve.include(stability, merger.packageId, span)) {
        return true;
      }
    }
    return false;
  }
}
