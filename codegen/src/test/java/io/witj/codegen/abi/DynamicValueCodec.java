package io.witj.codegen.abi;

import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeDefKind.FixedListType;
import io.witj.parser.model.TypeDefKind.ListType;
import io.witj.parser.model.TypeDefKind.MapType;
import io.witj.parser.model.TypeDefKind.RecordType;
import io.witj.parser.model.TypeDefKind.TupleType;
import io.witj.runtime.Result;
import io.witj.runtime.internal.CanonContext;
import io.witj.runtime.internal.ListCodec;
import io.witj.runtime.internal.PtrLen;
import io.witj.runtime.internal.StringCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The spec's {@code store} and {@code load} for dynamically typed values, interpreted from an
 * {@link AbiLayout}: it walks the layout and leaves every memory access, string and list operation
 * to runtime-support, so a conformance run proves the layout and the runtime together.
 *
 * <p>Values: {@code Boolean}, {@code Byte}/{@code Short}/{@code Integer}/{@code Long} for the
 * integers (two's complement), {@code Float}, {@code Double}, {@code Integer} code points for
 * {@code char}, {@code String}, Java arrays for lists of those primitives and {@code List}s
 * otherwise, ordered {@code Map<String, Object>} for records, {@code TupleN} for tuples, {@link
 * VariantValue} for variants, the label {@code String} for enums, {@code Set<String>} for flags,
 * {@code Optional}, {@link Result} and ordered {@code Map} for maps.
 */
final class DynamicValueCodec {
  final AbiLayout layout;

  DynamicValueCodec(AbiLayout layout) {
    this.layout = layout;
  }

  void store(CanonContext cx, Type type, Object value, int addr) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      storePrimitive(cx, p, value, addr);
      return;
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof RecordType || kind instanceof TupleType) {
      RecordLayout record = layout.record(t);
      List<Object> members = recordMembers(kind, value);
      for (int i = 0; i < members.size(); i++) {
        store(cx, record.types().get(i), members.get(i), addr + record.offset(i));
      }
    } else if (kind instanceof ListType list) {
      cx.storePtrLen(addr, lowerList(cx, list.element(), value));
    } else if (kind instanceof MapType) {
      cx.storePtrLen(addr, lowerMap(cx, t, (Map<?, ?>) value));
    } else if (kind instanceof FixedListType fixed) {
      storeElements(cx, fixed.element(), value, addr, fixed.length());
    } else if (kind instanceof TypeDefKind.FlagsType) {
      FlagsLayout flags = layout.flags(t);
      storeUnsigned(cx, flags.byteSize(), flagBits(flags, value), addr);
    } else {
      VariantLayout variant = layout.variant(t);
      int index = caseIndex(variant, value);
      storeUnsigned(cx, variant.discriminant().size(), index, addr);
      Type payload = variant.payloads().get(index);
      if (payload != null) {
        store(cx, payload, casePayload(value), addr + variant.payloadOffset());
      }
    }
  }

  Object load(CanonContext cx, Type type, int addr) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      return loadPrimitive(cx, p, addr);
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof RecordType || kind instanceof TupleType) {
      RecordLayout record = layout.record(t);
      List<Object> members = new ArrayList<>();
      for (int i = 0; i < record.types().size(); i++) {
        members.add(load(cx, record.types().get(i), addr + record.offset(i)));
      }
      return makeRecord(kind, members);
    } else if (kind instanceof ListType list) {
      return liftList(cx, list.element(), cx.loadInt(addr), cx.loadInt(addr + 4));
    } else if (kind instanceof MapType) {
      return liftMap(cx, t, cx.loadInt(addr), cx.loadInt(addr + 4));
    } else if (kind instanceof FixedListType fixed) {
      return loadElements(cx, fixed.element(), addr, fixed.length());
    } else if (kind instanceof TypeDefKind.FlagsType) {
      FlagsLayout flags = layout.flags(t);
      int bits =
          CanonContext.maskFlags(loadUnsigned(cx, flags.byteSize(), addr), flags.labels().size());
      return flagSet(flags, bits);
    }
    VariantLayout variant = layout.variant(t);
    int index =
        cx.checkDiscriminant(
            loadUnsigned(cx, variant.discriminant().size(), addr),
            variant.caseNames().size(),
            "variant");
    Type payloadType = variant.payloads().get(index);
    Object payload =
        payloadType == null ? null : load(cx, payloadType, addr + variant.payloadOffset());
    return makeCase(kind, variant, index, payload);
  }

  /** Stores a list's elements into a fresh buffer; returns the packed (pointer, length). */
  long lowerList(CanonContext cx, Type element, Object value) {
    PrimitiveType bulk = bulkElement(element);
    if (bulk != null) {
      return switch (bulk) {
        case BOOL -> ListCodec.lowerBooleans(cx, (boolean[]) value);
        case U8, S8 -> ListCodec.lowerBytes(cx, (byte[]) value);
        case U16, S16 -> ListCodec.lowerShorts(cx, (short[]) value);
        case U32, S32 -> ListCodec.lowerInts(cx, (int[]) value);
        case U64, S64 -> ListCodec.lowerLongs(cx, (long[]) value);
        case F32 -> ListCodec.lowerFloats(cx, (float[]) value);
        case F64 -> ListCodec.lowerDoubles(cx, (double[]) value);
        case CHAR -> ListCodec.lowerChars(cx, (int[]) value);
        default -> throw new AssertionError(bulk);
      };
    }
    List<?> list = (List<?>) value;
    TypeLayout el = layout.layout(element);
    int ptr = ListCodec.allocate(cx, el.alignment(), el.size(), list.size());
    for (int i = 0; i < list.size(); i++) {
      store(cx, element, list.get(i), ptr + i * el.size());
    }
    return PtrLen.pack(ptr, list.size());
  }

  long lowerMap(CanonContext cx, Type mapType, Map<?, ?> map) {
    RecordLayout entry = layout.mapEntry(mapType);
    int size = entry.layout().size();
    int ptr = ListCodec.allocate(cx, entry.layout().alignment(), size, map.size());
    int i = 0;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      int at = ptr + i++ * size;
      store(cx, entry.types().get(0), e.getKey(), at + entry.offset(0));
      store(cx, entry.types().get(1), e.getValue(), at + entry.offset(1));
    }
    return PtrLen.pack(ptr, map.size());
  }

  Object liftList(CanonContext cx, Type element, int ptr, int count) {
    PrimitiveType bulk = bulkElement(element);
    if (bulk != null) {
      return switch (bulk) {
        case BOOL -> ListCodec.liftBooleans(cx, ptr, count);
        case U8, S8 -> ListCodec.liftBytes(cx, ptr, count);
        case U16, S16 -> ListCodec.liftShorts(cx, ptr, count);
        case U32, S32 -> ListCodec.liftInts(cx, ptr, count);
        case U64, S64 -> ListCodec.liftLongs(cx, ptr, count);
        case F32 -> ListCodec.liftFloats(cx, ptr, count);
        case F64 -> ListCodec.liftDoubles(cx, ptr, count);
        case CHAR -> ListCodec.liftChars(cx, ptr, count);
        default -> throw new AssertionError(bulk);
      };
    }
    TypeLayout el = layout.layout(element);
    ListCodec.checkRange(cx, ptr, count, el.size(), el.alignment());
    List<Object> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(load(cx, element, ptr + i * el.size()));
    }
    return out;
  }

  Map<Object, Object> liftMap(CanonContext cx, Type mapType, int ptr, int count) {
    RecordLayout entry = layout.mapEntry(mapType);
    int size = entry.layout().size();
    ListCodec.checkRange(cx, ptr, count, size, entry.layout().alignment());
    Map<Object, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      int at = ptr + i * size;
      out.put(
          load(cx, entry.types().get(0), at + entry.offset(0)),
          load(cx, entry.types().get(1), at + entry.offset(1)));
    }
    return out;
  }

  /** The primitive element type of a list that runtime-support copies in bulk, or null. */
  PrimitiveType bulkElement(Type element) {
    return layout.dealias(element) instanceof PrimitiveType p
            && p != PrimitiveType.STRING
            && p != PrimitiveType.ERROR_CONTEXT
        ? p
        : null;
  }

  private void storeElements(CanonContext cx, Type element, Object value, int addr, int length) {
    PrimitiveType bulk = bulkElement(element);
    if (bulk == null) {
      List<?> list = (List<?>) value;
      ListCodec.requireLength(cx, list.size(), length);
      int size = layout.size(element);
      for (int i = 0; i < length; i++) {
        store(cx, element, list.get(i), addr + i * size);
      }
      return;
    }
    ListCodec.requireLength(cx, java.lang.reflect.Array.getLength(value), length);
    switch (bulk) {
      case BOOL -> ListCodec.storeBooleans(cx, addr, (boolean[]) value);
      case U8, S8 -> ListCodec.storeBytes(cx, addr, (byte[]) value);
      case U16, S16 -> ListCodec.storeShorts(cx, addr, (short[]) value);
      case U32, S32 -> ListCodec.storeInts(cx, addr, (int[]) value);
      case U64, S64 -> ListCodec.storeLongs(cx, addr, (long[]) value);
      case F32 -> ListCodec.storeFloats(cx, addr, (float[]) value);
      case F64 -> ListCodec.storeDoubles(cx, addr, (double[]) value);
      case CHAR -> ListCodec.storeChars(cx, addr, (int[]) value);
      default -> throw new AssertionError(bulk);
    }
  }

  private Object loadElements(CanonContext cx, Type element, int addr, int length) {
    if (bulkElement(element) != null) {
      return liftList(cx, element, addr, length);
    }
    int size = layout.size(element);
    List<Object> out = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      out.add(load(cx, element, addr + i * size));
    }
    return out;
  }

  private static void storePrimitive(CanonContext cx, PrimitiveType type, Object v, int addr) {
    switch (type) {
      case BOOL -> cx.storeBool(addr, (Boolean) v);
      case U8, S8 -> cx.storeByte(addr, (Byte) v);
      case U16, S16 -> cx.storeShort(addr, (Short) v);
      case U32, S32 -> cx.storeInt(addr, (Integer) v);
      case U64, S64 -> cx.storeLong(addr, (Long) v);
      case F32 -> cx.storeFloat(addr, (Float) v);
      case F64 -> cx.storeDouble(addr, (Double) v);
      case CHAR -> cx.storeChar(addr, (Integer) v);
      case STRING -> StringCodec.store(cx, addr, (String) v);
      case ERROR_CONTEXT -> throw new UnsupportedOperationException("error-context values");
    }
  }

  private static Object loadPrimitive(CanonContext cx, PrimitiveType type, int addr) {
    return switch (type) {
      case BOOL -> cx.loadBool(addr);
      case U8, S8 -> cx.loadByte(addr);
      case U16, S16 -> cx.loadShort(addr);
      case U32, S32 -> cx.loadInt(addr);
      case U64, S64 -> cx.loadLong(addr);
      case F32 -> cx.loadFloat(addr);
      case F64 -> cx.loadDouble(addr);
      case CHAR -> cx.loadChar(addr);
      case STRING -> StringCodec.load(cx, addr);
      case ERROR_CONTEXT -> throw new UnsupportedOperationException("error-context values");
    };
  }

  private static void storeUnsigned(CanonContext cx, int width, int value, int addr) {
    switch (width) {
      case 1 -> cx.storeByte(addr, (byte) value);
      case 2 -> cx.storeShort(addr, (short) value);
      default -> cx.storeInt(addr, value);
    }
  }

  private static int loadUnsigned(CanonContext cx, int width, int addr) {
    return switch (width) {
      case 1 -> cx.loadU8(addr);
      case 2 -> cx.loadU16(addr);
      default -> cx.loadInt(addr);
    };
  }

  // ---- dynamic value shapes, shared with the flat codec -------------------------------------

  static List<Object> recordMembers(TypeDefKind kind, Object value) {
    if (kind instanceof RecordType record) {
      Map<?, ?> fields = (Map<?, ?>) value;
      List<Object> out = new ArrayList<>();
      for (TypeDefKind.Field f : record.fields()) {
        out.add(fields.get(f.name()));
      }
      return out;
    }
    return Tuples.members(value);
  }

  static Object makeRecord(TypeDefKind kind, List<Object> members) {
    if (kind instanceof RecordType record) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int i = 0; i < members.size(); i++) {
        fields.put(record.fields().get(i).name(), members.get(i));
      }
      return fields;
    }
    return Tuples.of(members);
  }

  static int caseIndex(VariantLayout variant, Object value) {
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? 1 : 0;
    }
    if (value instanceof Result<?, ?> r) {
      return r.isOk() ? 0 : 1;
    }
    String name = value instanceof VariantValue v ? v.caseName() : (String) value;
    int index = variant.caseIndex(name);
    if (index < 0) {
      throw new IllegalArgumentException("no case " + name + " in " + variant.caseNames());
    }
    return index;
  }

  static Object casePayload(Object value) {
    if (value instanceof Optional<?> o) {
      return o.orElseThrow();
    }
    if (value instanceof Result.Ok<?, ?> ok) {
      return ok.value();
    }
    if (value instanceof Result.Err<?, ?> err) {
      return err.error();
    }
    return ((VariantValue) value).payload();
  }

  static Object makeCase(TypeDefKind kind, VariantLayout variant, int index, Object payload) {
    if (kind instanceof TypeDefKind.OptionType) {
      return index == 0 ? Optional.empty() : Optional.of(payload);
    }
    if (kind instanceof TypeDefKind.ResultType) {
      return index == 0 ? Result.ok(payload) : Result.err(payload);
    }
    if (kind instanceof TypeDefKind.EnumType) {
      return variant.caseNames().get(index);
    }
    return new VariantValue(variant.caseNames().get(index), payload);
  }

  static int flagBits(FlagsLayout flags, Object value) {
    int bits = 0;
    for (Object label : (Set<?>) value) {
      int index = flags.labels().indexOf((String) label);
      if (index < 0) {
        throw new IllegalArgumentException("no flag " + label + " in " + flags.labels());
      }
      bits |= 1 << index;
    }
    return bits;
  }

  static Set<String> flagSet(FlagsLayout flags, int bits) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < flags.labels().size(); i++) {
      if ((bits & (1 << i)) != 0) {
        out.add(flags.labels().get(i));
      }
    }
    return out;
  }
}
