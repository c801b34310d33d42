package io.witj.parser.resolve;

import io.witj.parser.diag.Span;
import io.witj.parser.model.Stability;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns the anonymous types of one package by structure ({@code list<u32>} written twice is one
 * definition), allocating each right before the first item that uses it. An anonymous {@code
 * own<R>} is just a reference to {@code R}; it becomes a handle when the package is merged.
 */
final class AnonymousTypes {
  private final UnresolvedPackage pkg;
  private final Map<List<Object>, Integer> interned = new HashMap<>();

  AnonymousTypes(UnresolvedPackage pkg) {
    this.pkg = pkg;
  }

  Type intern(TypeDefKind kind, Stability stability, Span span) {
    if (kind instanceof TypeDefKind.AliasType alias) {
      return alias.target();
    }
    if (kind instanceof TypeDefKind.HandleType handle && !handle.borrow()) {
      return new TypeRef(handle.resourceId());
    }
    List<Object> key = key(kind);
    Integer id = interned.get(key);
    if (id == null) {
      Stability inherited = inheritedStability(kind, stability);
      id = pkg.allocType(new TypeSlot(null, kind, null, null, inherited), span);
      interned.put(key, id);
    }
    return new TypeRef(id);
  }

  /** The structure of a kind without docs: what makes two anonymous types the same. */
  private static List<Object> key(TypeDefKind kind) {
    List<Object> key = new ArrayList<>();
    key.add(kind.getClass().getSimpleName());
    if (kind instanceof TypeDefKind.RecordType r) {
      r.fields().forEach(f -> key.add(List.of(f.name(), f.type())));
    } else if (kind instanceof TypeDefKind.VariantType v) {
      v.cases().forEach(c -> key.add(java.util.Arrays.asList(c.name(), c.type())));
    } else if (kind instanceof TypeDefKind.EnumType e) {
      e.cases().forEach(c -> key.add(c.name()));
    } else if (kind instanceof TypeDefKind.FlagsType f) {
      f.flags().forEach(c -> key.add(c.name()));
    } else {
      key.add(kind);
    }
    return key;
  }

  /**
   * An anonymous type written without a gate takes the gate of the first named type it refers to
   * directly that has one ({@code option<gated>} is as gated as {@code gated}).
   */
  private Stability inheritedStability(TypeDefKind kind, Stability stability) {
    if (!(stability instanceof Stability.Unknown)) {
      return stability;
    }
    List<Type> parts = new ArrayList<>();
    if (kind instanceof TypeDefKind.HandleType h) {
      parts.add(new TypeRef(h.resourceId()));
    } else if (kind instanceof TypeDefKind.TupleType t) {
      parts.addAll(t.types());
    } else if (kind instanceof TypeDefKind.ListType l) {
      parts.add(l.element());
    } else if (kind instanceof TypeDefKind.FixedListType l) {
      parts.add(l.element());
    } else if (kind instanceof TypeDefKind.OptionType o) {
      parts.add(o.type());
    } else if (kind instanceof TypeDefKind.MapType m) {
      parts.add(m.key());
      parts.add(m.value());
    } else if (kind instanceof TypeDefKind.FutureType f) {
      parts.add(f.payload());
    } else if (kind instanceof TypeDefKind.StreamType s) {
      parts.add(s.payload());
    } else if (kind instanceof TypeDefKind.ResultType r) {
      parts.add(r.ok());
      parts.add(r.err());
    }
    for (Type part : parts) {
      if (part instanceof TypeRef ref) {
        Stability found = pkg.types.get(ref.id()).stability;
        if (!(found instanceof Stability.Unknown)) {
          return found;
        }
      }
    }
    return Stability.UNKNOWN;
  }
}
