package io.witj.parser.resolve;

import io.witj.parser.diag.Span;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Stability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One package resolved on its own: local arenas (placeholders for items of other packages first),
 * the spans needed for errors found when it is merged, and what it needs from other packages.
 */
final class UnresolvedPackage {
  final PackageName name;
  final Span nameSpan;
  final @Nullable String docs;

  final List<TypeSlot> types = new ArrayList<>();
  final List<Span> typeSpans = new ArrayList<>();
  final List<InterfaceSlot> interfaces = new ArrayList<>();
  final List<InterfaceSpans> interfaceSpans = new ArrayList<>();
  final List<WorldSlot> worlds = new ArrayList<>();
  final List<WorldSpans> worldSpans = new ArrayList<>();

  /** Package name to the interfaces/worlds used from it, in order of first mention. */
  final LinkedHashMap<PackageName, LinkedHashMap<String, ForeignItem>> foreignDeps =
      new LinkedHashMap<>();

  /** The span of the first mention of each package of {@link #foreignDeps}, same order. */
  final List<Span> foreignDepSpans = new ArrayList<>();

  /** The name span of each field of the record definitions, by type id (errors point at fields). */
  final java.util.Map<Integer, List<Span>> fieldSpans = new java.util.HashMap<>();

  /** Placeholder types (imported from another package) that must turn out to be resources. */
  final List<RequiredResource> requiredResources = new ArrayList<>();

  UnresolvedPackage(PackageName name, Span nameSpan, @Nullable String docs) {
    this.name = name;
    this.nameSpan = nameSpan;
    this.docs = docs;
  }

  /** An interface or world of another package, with the gates of every place that mentions it. */
  static final class ForeignItem {
    final boolean world;
    final int id;
    final List<Stability> stabilities = new ArrayList<>();

    ForeignItem(boolean world, int id) {
      this.world = world;
      this.id = id;
    }
  }

  record RequiredResource(int typeId, Span span) {}

  /** Where an interface is named and where each of its functions is named. */
  static final class InterfaceSpans {
    final Span span;
    final List<Span> functions = new ArrayList<>();

    InterfaceSpans(Span span) {
      this.span = span;
    }
  }

  /** Where a world is named and where each import, export and include is written. */
  static final class WorldSpans {
    final Span span;
    final List<Span> imports = new ArrayList<>();
    final List<Span> exports = new ArrayList<>();
    final List<Span> includes = new ArrayList<>();

    WorldSpans(Span span) {
      this.span = span;
    }
  }

  int allocInterface(Span span) {
    interfaces.add(new InterfaceSlot());
    interfaceSpans.add(new InterfaceSpans(span));
    return interfaces.size() - 1;
  }

  int allocWorld(Span span) {
    worlds.add(new WorldSlot());
    worldSpans.add(new WorldSpans(span));
    return worlds.size() - 1;
  }

  int allocType(TypeSlot slot, Span span) {
    types.add(slot);
    typeSpans.add(span);
    return types.size() - 1;
  }
}
