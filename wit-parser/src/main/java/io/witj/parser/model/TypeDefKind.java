package io.witj.parser.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The structure of a type definition, one record per kind the WIT language has. */
public sealed interface TypeDefKind {

  /** {@code resource r;} — the resource itself; uses of it are {@link HandleType}s. */
  record ResourceType() implements TypeDefKind {}

  /**
   * {@code type a = b;} where {@code b} is a primitive or another named type, and every {@code
   * use}d name.
   */
  record AliasType(Type target) implements TypeDefKind {}

  record RecordType(List<Field> fields) implements TypeDefKind {}

  /** A case's {@code type} is null when the case has no payload. */
  record VariantType(List<Case> cases) implements TypeDefKind {}

  record EnumType(List<EnumCase> cases) implements TypeDefKind {}

  record FlagsType(List<Flag> flags) implements TypeDefKind {}

  record TupleType(List<Type> types) implements TypeDefKind {}

  record OptionType(Type type) implements TypeDefKind {}

  /** {@code ok} and {@code err} are null for the {@code _} / absent sides. */
  record ResultType(@Nullable Type ok, @Nullable Type err) implements TypeDefKind {}

  record ListType(Type element) implements TypeDefKind {}

  /** {@code list<T, N>}. */
  record FixedListType(Type element, int length) implements TypeDefKind {}

  record MapType(Type key, Type value) implements TypeDefKind {}

  /** {@code payload} is null for a bare {@code future}. */
  record FutureType(@Nullable Type payload) implements TypeDefKind {}

  /** {@code payload} is null for a bare {@code stream}. */
  record StreamType(@Nullable Type payload) implements TypeDefKind {}

  /**
   * {@code own<R>} / {@code R} or {@code borrow<R>}; {@code resourceId} indexes the resource
   * definition.
   */
  record HandleType(boolean borrow, int resourceId) implements TypeDefKind {}

  record Field(String name, Type type, @Nullable String docs) {}

  record Case(String name, @Nullable Type type, @Nullable String docs) {}

  record EnumCase(String name, @Nullable String docs) {}

  record Flag(String name, @Nullable String docs) {}
}
