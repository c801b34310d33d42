package io.witj.codegen.glue;

import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.javamodel.Side;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import java.util.HashMap;
import java.util.Map;

/**
 * Estimates the Java heap that lifting one element of a list allocates, for the per-call lift limit
 * of runtime-support ({@code ListCodec.checkRange(…, hostBytesPerElement, type)}). One byte of
 * guest memory can become an object of 16 to 40 bytes ({@code list<flags>}: an {@code EnumSet} per
 * byte), and elements of an empty record take no guest memory at all, so the limit has to count
 * Java objects, not guest bytes.
 *
 * <p>The model is HotSpot's layout with compressed references: 12-byte object headers, 4-byte
 * references, sizes rounded up to 8. Shared objects cost nothing (enum constants, {@code
 * Optional.empty()}, the cached {@code Boolean} and {@code Byte} boxes). The strings, lists and
 * maps inside an element count with their objects only: their characters and elements are charged
 * when they are lifted (by runtime-support and the nested list's own helper). So a list whose
 * elements alone exceed the limit traps before anything is allocated. It is an estimate: close for
 * the usual JVM, never zero for a value that allocates.
 */
final class HostFootprint {
  /** A reference: an element slot of an {@code ArrayList}, a field holding an object. */
  static final int REFERENCE = 4;

  /** A {@code LinkedHashMap} entry (hash, key, value, next, before, after) and its table slot. */
  private static final int MAP_ENTRY = 40 + 2 * REFERENCE;

  private static final int HEADER = 12;

  /** A {@code String}: the object and its array's header. */
  private static final int STRING = 40;

  /** A primitive array's header, and that of the staging copy it is converted from. */
  private static final int PRIMITIVE_ARRAY = 32;

  /** An {@code ArrayList} or {@code LinkedHashMap}: the object and its array's header. */
  private static final int COLLECTION = 64;

  /** {@code RegularEnumSet}: element type, universe, a {@code long} of bits. */
  private static final int ENUM_SET = 32;

  /** An exported resource's wrapper and its {@code GuestResource}. */
  private static final int GUEST_RESOURCE = 48;

  private final AbiClass abi;
  private final AbiLayout layout;
  private final Map<Type, Long> boxed = new HashMap<>();

  HostFootprint(AbiClass abi) {
    this.abi = abi;
    this.layout = abi.layout();
  }

  /** The heap one element of {@code list<element>} takes: its slot and its objects. */
  int listElement(Type element, Side side) {
    return clamp(REFERENCE + boxed(element, side));
  }

  /** The heap one entry of {@code map<key, value>} takes. */
  int mapEntry(Type key, Type value, Side side) {
    return clamp(MAP_ENTRY + boxed(key, side) + boxed(value, side));
  }

  /** The objects a reference to a value of {@code type} points at (boxes where generic). */
  private long boxed(Type type, Side side) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      return switch (p) {
        case BOOL, U8, S8, ERROR_CONTEXT -> 0; // cached boxes
        case STRING -> STRING;
        case U16, S16, U32, S32, F32, CHAR -> object(4);
        case U64, S64, F64 -> object(8);
      };
    }
    Long known = boxed.get(t);
    if (known == null) {
      known = compute(t, side);
      boxed.put(t, known);
    }
    return known;
  }

  private long compute(Type t, Side side) {
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof TypeDefKind.RecordType r) {
      long fields = 0;
      long nested = 0;
      for (TypeDefKind.Field f : r.fields()) {
        fields += inline(f.type());
        nested += isPrimitive(f.type()) ? 0 : boxed(f.type(), side);
      }
      return object(fields) + nested;
    }
    if (kind instanceof TypeDefKind.TupleType tuple) {
      long nested = 0;
      for (Type member : tuple.types()) {
        nested += boxed(member, side);
      }
      return object((long) REFERENCE * tuple.types().size()) + nested;
    }
    if (kind instanceof TypeDefKind.VariantType v) {
      long max = 0;
      for (TypeDefKind.Case c : v.cases()) {
        long one =
            c.type() == null
                ? object(0)
                : object(inline(c.type())) + (isPrimitive(c.type()) ? 0 : boxed(c.type(), side));
        max = Math.max(max, one);
      }
      return max;
    }
    if (kind instanceof TypeDefKind.OptionType o) {
      return object(REFERENCE) + boxed(o.type(), side);
    }
    if (kind instanceof TypeDefKind.ResultType r) {
      long ok = r.ok() == null ? 0 : boxed(r.ok(), side);
      long err = r.err() == null ? 0 : boxed(r.err(), side);
      return object(REFERENCE) + Math.max(ok, err);
    }
    if (kind instanceof TypeDefKind.FlagsType) {
      return ENUM_SET;
    }
    if (kind instanceof TypeDefKind.ListType l) {
      return abi.types().primitiveArray(l.element()) != null ? PRIMITIVE_ARRAY : COLLECTION;
    }
    if (kind instanceof TypeDefKind.MapType) {
      return COLLECTION;
    }
    if (kind instanceof TypeDefKind.FixedListType f) {
      if (abi.types().primitiveArray(f.element()) != null) {
        return PRIMITIVE_ARRAY; // the elements are charged by ListCodec
      }
      return object(2L * REFERENCE + 4) // the ArrayList
          + object((long) REFERENCE * f.length())
          + f.length() * boxed(f.element(), side);
    }
    if (kind instanceof TypeDefKind.HandleType h) {
      return abi.isGuestResource(h.resourceId(), side) ? GUEST_RESOURCE : 0;
    }
    return 0; // enums: shared constants
  }

  /** The bytes a value of {@code type} takes as a record component or case payload. */
  private long inline(Type type) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      return switch (p) {
        case BOOL, U8, S8 -> 1;
        case U16, S16 -> 2;
        case U32, S32, F32, CHAR -> 4;
        case U64, S64, F64 -> 8;
        case STRING, ERROR_CONTEXT -> REFERENCE;
      };
    }
    return REFERENCE;
  }

  private boolean isPrimitive(Type type) {
    Type t = layout.dealias(type);
    return t instanceof PrimitiveType p
        && p != PrimitiveType.STRING
        && p != PrimitiveType.ERROR_CONTEXT;
  }

  /** An object of {@code fieldBytes} of fields: header, rounded up to 8. */
  private static long object(long fieldBytes) {
    return (HEADER + fieldBytes + 7) & ~7L;
  }

  private static int clamp(long bytes) {
    return (int) Math.min(bytes, Integer.MAX_VALUE);
  }
}
