package io.witj.parser.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The structure of a type definition, one record per kind the WIT language has. {@link
 * #valueTypes()} is the one walk over a definition's structure: every record implements it, so a
 * new kind does not compile until it says what its values are made of.
 */
public sealed interface TypeDefKind {

  /**
   * The types a value of this kind is made of, in declaration order, absent payloads left out:
   * fields, case payloads, tuple members, the element of an option or list, a result's sides, a
   * map's key and value, a future's or stream's payload, an alias's target. None for resources,
   * enums, flags and handles (a handle names a resource; it holds no value of another type).
   */
  List<Type> valueTypes();

  /** {@code resource r;} — the resource itself; uses of it are {@link HandleType}s. */
  record ResourceType() implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return List.of();
    }
  }

  /**
   * {@code type a = b;} where {@code b} is a primitive or another named type, and every {@code
   * use}d name.
   */
  record AliasType(Type target) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return List.of(target);
    }
  }

  record RecordType(List<Field> fields) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return fields.stream().map(Field::type).toList();
    }
  }

  /** A case's {@code type} is null when the case has no payload. */
  record VariantType(List<Case> cases) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return present(cases.stream().map(Case::type).toArray(Type[]::new));
    }
  }

  record EnumType(List<EnumCase> cases) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return List.of();
    }
  }

  record FlagsType(List<Flag> flags) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return List.of();
    }
  }

  record TupleType(List<Type> types) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return types;
    }
  }

  record OptionType(Type type) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return List.of(type);
    }
  }

  /** {@code ok} and {@code err} are null for the {@code _} / absent sides. */
  record ResultType(@Nullable Type ok, @Nullable Type err) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return present(ok, err);
    }
  }

  record ListType(Type element) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return List.of(element);
    }
  }

  /** {@code list<T, N>}. */
  record FixedListType(Type element, int length) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return List.of(element);
    }
  }

  record MapType(Type key, Type value) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return List.of(key, value);
    }
  }

  /** {@code payload} is null for a bare {@code future}. */
  record FutureType(@Nullable Type payload) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return present(payload);
    }
  }

  /** {@code payload} is null for a bare {@code stream}. */
  record StreamType(@Nullable Type payload) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return present(payload);
    }
  }

  /**
   * {@code own<R>} / {@code R} or {@code borrow<R>}; {@code resourceId} indexes the resource
   * definition.
   */
  record HandleType(boolean borrow, int resourceId) implements TypeDefKind {
    @Override
    public List<Type> valueTypes() {
      return List.of();
    }
  }

  record Field(String name, Type type, @Nullable String docs) {}

  record Case(String name, @Nullable Type type, @Nullable String docs) {}

  record EnumCase(String name, @Nullable String docs) {}

  record Flag(String name, @Nullable String docs) {}

  /** The types that are there, in order. */
  private static List<Type> present(@Nullable Type... types) {
    List<Type> out = new ArrayList<>(types.length);
    for (Type t : types) {
      if (t != null) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }
}
