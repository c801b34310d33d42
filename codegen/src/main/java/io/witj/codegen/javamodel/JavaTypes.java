package io.witj.codegen.javamodel;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * WIT type → Java type, per the mapping table of {@code docs/generated-code.md}: integers keep
 * their width (unsigned values use the two's-complement bits), {@code char} is an {@code int} code
 * point, lists of primitives are primitive arrays, other lists {@code List}, {@code option} is
 * {@code Optional}, {@code result} is {@code io.witj.runtime.Result} ({@code Void} for an absent
 * side), tuples are {@code io.witj.runtime.TupleN}, {@code map} is {@code Map}, flags are {@code
 * Set} of the flags enum, aliases resolve to their target and handles to the resource's Java type.
 * Generic arguments are boxed.
 */
public final class JavaTypes {

  /** Package of the runtime support library that generated code uses. */
  public static final String RUNTIME_PACKAGE = "io.witj.runtime";

  /** {@code io.witj.runtime.Result}. */
  public static final ClassName RESULT = ClassName.get(RUNTIME_PACKAGE, "Result");

  /** The largest tuple with a {@code TupleN} class in the runtime. */
  public static final int MAX_TUPLE = 16;

  private final WorldModel world;
  private final Resolve resolve;

  public JavaTypes(WorldModel world) {
    this.world = world;
    this.resolve = world.resolve();
  }

  /** The resolved WIT the world comes from. */
  public Resolve resolve() {
    return resolve;
  }

  /** {@code io.witj.runtime.TupleN} for {@code n} members (1 ≤ n ≤ {@link #MAX_TUPLE}). */
  public static ClassName tupleClass(int n) {
    return ClassName.get(RUNTIME_PACKAGE, "Tuple" + n);
  }

  /** The Java type of a value of {@code type} in code on {@code side}; primitives stay unboxed. */
  public TypeName typeName(Type type, Side side) {
    Type target = type;
    while (target instanceof TypeRef ref // aliases have no declaration; chains can be long
        && !world.isDeclared(ref.id())
        && resolve.type(ref.id()).kind() instanceof TypeDefKind.AliasType alias) {
      target = alias.target();
    }
    if (target instanceof PrimitiveType primitive) {
      return primitive(primitive);
    }
    int id = ((TypeRef) target).id();
    if (world.isDeclared(id)) {
      ClassName declared = world.className(id, side);
      return resolve.type(id).kind() instanceof TypeDefKind.FlagsType
          ? ParameterizedTypeName.get(ClassName.get(Set.class), declared)
          : declared;
    }
    TypeDefKind kind = resolve.type(id).kind();
    if (kind instanceof TypeDefKind.HandleType handle) {
      return typeName(new TypeRef(handle.resourceId()), side);
    }
    if (kind instanceof TypeDefKind.ListType list) {
      return list(list.element(), side);
    }
    if (kind instanceof TypeDefKind.FixedListType list) {
      return list(list.element(), side);
    }
    if (kind instanceof TypeDefKind.OptionType option) {
      return generic(Optional.class, List.of(option.type()), side);
    }
    if (kind instanceof TypeDefKind.ResultType result) {
      return ParameterizedTypeName.get(
          RESULT, boxedOrVoid(result.ok(), side), boxedOrVoid(result.err(), side));
    }
    if (kind instanceof TypeDefKind.TupleType tuple) {
      TypeName[] members = tuple.types().stream().map(t -> boxed(t, side)).toArray(TypeName[]::new);
      return ParameterizedTypeName.get(tupleClass(members.length), members);
    }
    if (kind instanceof TypeDefKind.MapType map) {
      return generic(Map.class, List.of(map.key(), map.value()), side);
    }
    throw new IllegalArgumentException(
        "no Java type for " + kind.getClass().getSimpleName() + " (type " + id + ")");
  }

  /** Like {@link #typeName}, boxed (for generic arguments). */
  public TypeName boxed(Type type, Side side) {
    return typeName(type, side).box();
  }

  /** The Java type of a function result: {@code void} for none. */
  public TypeName resultType(@Nullable Type result, Side side) {
    return result == null ? TypeName.VOID : typeName(result, side);
  }

  /** The primitive array type of {@code list<element>}, or null when elements are not primitive. */
  public @Nullable TypeName primitiveArray(Type element) {
    if (resolve.dealias(element) instanceof PrimitiveType p
        && p != PrimitiveType.STRING
        && p != PrimitiveType.ERROR_CONTEXT) {
      return ArrayTypeName.of(primitive(p));
    }
    return null;
  }

  private TypeName list(Type element, Side side) {
    TypeName array = primitiveArray(element);
    return array != null ? array : generic(List.class, List.of(element), side);
  }

  private TypeName boxedOrVoid(@Nullable Type type, Side side) {
    return type == null ? ClassName.get(Void.class) : boxed(type, side);
  }

  private TypeName generic(Class<?> raw, List<Type> arguments, Side side) {
    TypeName[] boxed = arguments.stream().map(t -> boxed(t, side)).toArray(TypeName[]::new);
    return ParameterizedTypeName.get(ClassName.get(raw), boxed);
  }

  private static TypeName primitive(PrimitiveType type) {
    return switch (type) {
      case BOOL -> TypeName.BOOLEAN;
      case U8, S8 -> TypeName.BYTE;
      case U16, S16 -> TypeName.SHORT;
      case U32, S32, CHAR -> TypeName.INT;
      case U64, S64 -> TypeName.LONG;
      case F32 -> TypeName.FLOAT;
      case F64 -> TypeName.DOUBLE;
      case STRING -> ClassName.get(String.class);
      case ERROR_CONTEXT ->
          throw new IllegalArgumentException("error-context has no Java type yet");
    };
  }
}
