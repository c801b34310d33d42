package io.witj.codegen.abi;

import io.witj.parser.model.Interface;
import io.witj.parser.model.Package;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import io.witj.parser.model.World;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link Resolve} values by hand for unit tests that must not depend on the parser. */
final class TestResolves {
  final List<World> worlds = new ArrayList<>();
  final List<Interface> interfaces = new ArrayList<>();
  final List<TypeDef> types = new ArrayList<>();
  final List<Package> packages = new ArrayList<>();

  /** Adds an anonymous type definition. */
  TypeRef add(TypeDefKind kind) {
    return add(null, kind);
  }

  /** Adds a type definition named {@code name} (null for anonymous). */
  TypeRef add(String name, TypeDefKind kind) {
    types.add(new TypeDef(name, kind, null, null, Stability.UNKNOWN));
    return new TypeRef(types.size() - 1);
  }

  Resolve build() {
    return new Resolve(worlds, interfaces, types, packages, List.of());
  }
}
