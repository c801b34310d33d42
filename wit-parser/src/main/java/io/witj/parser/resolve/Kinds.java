package io.witj.parser.resolve;

import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Rewrites the type references inside a {@link TypeDefKind}. */
final class Kinds {
  private Kinds() {}

  /**
   * Applies {@code use} to every type in a value position and {@code id} to the targets of handles
   * and aliases (which name a definition rather than use a value of it).
   */
  static TypeDefKind map(TypeDefKind kind, UnaryOperator<Type> use, IntUnaryOperator id) {
    if (kind instanceof TypeDefKind.HandleType h) {
      return new TypeDefKind.HandleType(h.borrow(), id.applyAsInt(h.resourceId()));
    }
    if (kind instanceof TypeDefKind.AliasType a) {
      return a.target() instanceof TypeRef ref
          ? new TypeDefKind.AliasType(new TypeRef(id.applyAsInt(ref.id())))
          : a;
    }
    if (kind instanceof TypeDefKind.RecordType r) {
      List<TypeDefKind.Field> fields = new ArrayList<>();
      for (TypeDefKind.Field f : r.fields()) {
        fields.add(new TypeDefKind.Field(f.name(), use.apply(f.type()), f.docs()));
      }
      return new TypeDefKind.RecordType(List.copyOf(fields));
    }
    if (kind instanceof TypeDefKind.VariantType v) {
      List<TypeDefKind.Case> cases = new ArrayList<>();
      for (TypeDefKind.Case c : v.cases()) {
        cases.add(new TypeDefKind.Case(c.name(), opt(c.type(), use), c.docs()));
      }
      return new TypeDefKind.VariantType(List.copyOf(cases));
    }
    if (kind instanceof TypeDefKind.TupleType t) {
      List<Type> types = new ArrayList<>();
      for (Type type : t.types()) {
        types.add(use.apply(type));
      }
      return new TypeDefKind.TupleType(List.copyOf(types));
    }
    if (kind instanceof TypeDefKind.OptionType o) {
      return new TypeDefKind.OptionType(use.apply(o.type()));
    }
    if (kind instanceof TypeDefKind.ResultType r) {
      Type ok = opt(r.ok(), use);
      return new TypeDefKind.ResultType(ok, opt(r.err(), use));
    }
    if (kind instanceof TypeDefKind.ListType l) {
      return new TypeDefKind.ListType(use.apply(l.element()));
    }
    if (kind instanceof TypeDefKind.FixedListType l) {
      return new TypeDefKind.FixedListType(use.apply(l.element()), l.length());
    }
    if (kind instanceof TypeDefKind.MapType m) {
      Type key = use.apply(m.key());
      return new TypeDefKind.MapType(key, use.apply(m.value()));
    }
    if (kind instanceof TypeDefKind.FutureType f) {
      return new TypeDefKind.FutureType(opt(f.payload(), use));
    }
    if (kind instanceof TypeDefKind.StreamType s) {
      return new TypeDefKind.StreamType(opt(s.payload(), use));
    }
    return kind;
  }

  /**
   * Every type a kind refers to, in order: its {@linkplain TypeDefKind#valueTypes() value types},
   * or the resource a handle names.
   */
  static List<Type> referenced(TypeDefKind kind) {
    if (kind instanceof TypeDefKind.HandleType h) {
      return List.of(new TypeRef(h.resourceId()));
    }
    return kind.valueTypes();
  }

  private static @Nullable Type opt(@Nullable Type type, UnaryOperator<Type> use) {
    return type == null ? null : use.apply(type);
  }
}
