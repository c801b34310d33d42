package io.witj.parser.resolve;

import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A type definition while it is being resolved. {@code kind} is null for a placeholder of a type
 * imported from another package (replaced by the real definition when packages are merged).
 */
final class TypeSlot {
  @Nullable String name;
  @Nullable TypeDefKind kind;
  @Nullable TypeOwner owner;
  @Nullable String docs;
  Stability stability;

  TypeSlot(
      @Nullable String name,
      @Nullable TypeDefKind kind,
      @Nullable TypeOwner owner,
      @Nullable String docs,
      Stability stability) {
    this.name = name;
    this.kind = kind;
    this.owner = owner;
    this.docs = docs;
    this.stability = stability;
  }

  TypeSlot copy() {
    return new TypeSlot(name, kind, owner, docs, stability);
  }

  /** The kind of a slot that is not a placeholder. */
  TypeDefKind resolvedKind() {
    return Objects.requireNonNull(kind, "a placeholder type was never merged");
  }

  TypeDef freeze() {
    return new TypeDef(name, resolvedKind(), owner, docs, stability);
  }
}
