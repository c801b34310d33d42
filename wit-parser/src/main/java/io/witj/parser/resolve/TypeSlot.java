package io.witj.parser.resolve;

import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;

/**
 * A type definition while it is being resolved. {@code kind} is null for a placeholder of a type
 * imported from another package (replaced by the real definition when packages are merged).
 */
final class TypeSlot {
  String name;
  TypeDefKind kind;
  TypeOwner owner;
  String docs;
  Stability stability;

  TypeSlot(String name, TypeDefKind kind, TypeOwner owner, String docs, Stability stability) {
    this.name = name;
    this.kind = kind;
    this.owner = owner;
    this.docs = docs;
    this.stability = stability;
  }

  TypeSlot copy() {
    return new TypeSlot(name, kind, owner, docs, stability);
  }

  TypeDef freeze() {
    return new TypeDef(name, kind, owner, docs, stability);
  }
}
