package io.witj.codegen.abi;

import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeDefKind.FixedListType;
import io.witj.parser.model.TypeDefKind.ListType;
import io.witj.parser.model.TypeDefKind.MapType;
import io.witj.parser.model.TypeDefKind.RecordType;
import io.witj.parser.model.TypeDefKind.TupleType;
import io.witj.runtime.internal.CanonContext;
import io.witj.runtime.internal.Flat;
import io.witj.runtime.internal.PtrLen;
import io.witj.runtime.internal.StringCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec's {@code lower_flat} and {@code lift_flat} for dynamically typed values (see {@link
 * DynamicValueCodec} for the value shapes). Core values are {@code long}s as Chicory passes them:
 * an {@code i32} or an {@code f32} bit pattern zero-extended, an {@code i64} or an {@code f64} bit
 * pattern as is. Conversions and the variant slot coercions go through runtime-support's {@link
 * Flat}; strings and lists through its codecs.
 */
final class DynamicFlatCodec {
  private final DynamicValueCodec memory;
  private final AbiLayout layout;

  DynamicFlatCodec(DynamicValueCodec memory) {
    this.memory = memory;
    this.layout = memory.layout;
  }

  List<Long> lower(CanonContext cx, Type type, Object value) {
    List<Long> out = new ArrayList<>();
    lower(cx, type, value, out);
    return out;
  }

  private void lower(CanonContext cx, Type type, Object value, List<Long> out) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      lowerPrimitive(cx, p, value, out);
      return;
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof RecordType || kind instanceof TupleType) {
      RecordLayout record = layout.record(t);
      List<Object> members = DynamicValueCodec.recordMembers(kind, value);
      for (int i = 0; i < members.size(); i++) {
        lower(cx, record.types().get(i), members.get(i), out);
      }
    } else if (kind instanceof ListType list) {
      addPtrLen(memory.lowerList(cx, list.element(), value), out);
    } else if (kind instanceof MapType) {
      addPtrLen(memory.lowerMap(cx, t, (java.util.Map<?, ?>) value), out);
    } else if (kind instanceof FixedListType fixed) {
      for (Object element : elements(value, fixed.length())) {
        lower(cx, fixed.element(), element, out);
      }
    } else if (kind instanceof TypeDefKind.FlagsType) {
      out.add(i32(DynamicValueCodec.flagBits(layout.flags(t), value)));
    } else {
      lowerVariant(cx, layout.variant(t), value, out);
    }
  }

  private void lowerVariant(CanonContext cx, VariantLayout variant, Object value, List<Long> out) {
    int index = DynamicValueCodec.caseIndex(variant, value);
    out.add(i32(index));
    List<CoreType> slots = variant.payloadSlots();
    Type payloadType = variant.payloads().get(index);
    int used = 0;
    if (payloadType != null) {
      List<Long> payload = lower(cx, payloadType, DynamicValueCodec.casePayload(value));
      List<CoreType> have = layout.flat(payloadType);
      for (; used < payload.size(); used++) {
        out.add(coerceForSlot(have.get(used), slots.get(used), payload.get(used)));
      }
    }
    for (; used < slots.size(); used++) {
      out.add(0L);
    }
  }

  /** A payload value of core type {@code have} put into a joined slot of type {@code want}. */
  private static long coerceForSlot(CoreType have, CoreType want, long v) {
    if (want == CoreType.I64 && (have == CoreType.I32 || have == CoreType.F32)) {
      return Flat.i32ToI64((int) v);
    }
    return v;
  }

  private void lowerPrimitive(CanonContext cx, PrimitiveType type, Object v, List<Long> out) {
    switch (type) {
      case BOOL -> out.add(i32(Flat.lowerBool((Boolean) v)));
      case U8 -> out.add(i32(Byte.toUnsignedInt((Byte) v)));
      case S8 -> out.add(i32((Byte) v));
      case U16 -> out.add(i32(Short.toUnsignedInt((Short) v)));
      case S16 -> out.add(i32((Short) v));
      case U32, S32 -> out.add(i32((Integer) v));
      case U64, S64 -> out.add((Long) v);
      case F32 -> out.add(i32(Flat.f32ToI32((Float) v)));
      case F64 -> out.add(Flat.f64ToI64((Double) v));
      case CHAR -> out.add(i32(cx.lowerChar((Integer) v)));
      case STRING -> addPtrLen(StringCodec.lower(cx, (String) v), out);
      case ERROR_CONTEXT -> throw new UnsupportedOperationException("error-context values");
    }
  }

  /** Reads a value of {@code type} from the flat values of {@code in}. */
  Object lift(CanonContext cx, Type type, FlatReader in) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      return liftPrimitive(cx, p, in);
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof RecordType || kind instanceof TupleType) {
      RecordLayout record = layout.record(t);
      List<Object> members = new ArrayList<>();
      for (Type member : record.types()) {
        members.add(lift(cx, member, in));
      }
      return DynamicValueCodec.makeRecord(kind, members);
    } else if (kind instanceof ListType list) {
      int ptr = (int) in.next(CoreType.I32);
      return memory.liftList(cx, list.element(), ptr, (int) in.next(CoreType.I32));
    } else if (kind instanceof MapType) {
      int ptr = (int) in.next(CoreType.I32);
      return memory.liftMap(cx, t, ptr, (int) in.next(CoreType.I32));
    } else if (kind instanceof FixedListType fixed) {
      List<Object> elements = new ArrayList<>();
      for (int i = 0; i < fixed.length(); i++) {
        elements.add(lift(cx, fixed.element(), in));
      }
      return memory.bulkElement(fixed.element()) == null
          ? elements
          : toArray(fixed.element(), elements);
    } else if (kind instanceof TypeDefKind.FlagsType) {
      FlagsLayout flags = layout.flags(t);
      int bits = CanonContext.maskFlags((int) in.next(CoreType.I32), flags.labels().size());
      return DynamicValueCodec.flagSet(flags, bits);
    }
    VariantLayout variant = layout.variant(t);
    int index =
        cx.checkDiscriminant((int) in.next(CoreType.I32), variant.caseNames().size(), "variant");
    FlatReader slots = in.slots(variant.payloadSlots());
    Type payloadType = variant.payloads().get(index);
    Object payload = payloadType == null ? null : lift(cx, payloadType, slots);
    slots.skipRest();
    return DynamicValueCodec.makeCase(kind, variant, index, payload);
  }

  private static Object liftPrimitive(CanonContext cx, PrimitiveType type, FlatReader in) {
    return switch (type) {
      case BOOL -> Flat.liftBool((int) in.next(CoreType.I32));
      case U8, S8 -> (byte) in.next(CoreType.I32);
      case U16, S16 -> (short) in.next(CoreType.I32);
      case U32, S32 -> (int) in.next(CoreType.I32);
      case U64, S64 -> in.next(CoreType.I64);
      case F32 -> Flat.i32ToF32((int) in.next(CoreType.F32));
      case F64 -> Flat.i64ToF64(in.next(CoreType.F64));
      case CHAR -> cx.liftChar((int) in.next(CoreType.I32));
      case STRING -> {
        int ptr = (int) in.next(CoreType.I32);
        yield StringCodec.lift(cx, ptr, (int) in.next(CoreType.I32));
      }
      case ERROR_CONTEXT -> throw new UnsupportedOperationException("error-context values");
    };
  }

  private List<?> elements(Object value, int length) {
    if (value instanceof List<?> list) {
      return list;
    }
    List<Object> out = new ArrayList<>(length);
    for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
      out.add(java.lang.reflect.Array.get(value, i));
    }
    return out;
  }

  private Object toArray(Type element, List<Object> elements) {
    PrimitiveType p = memory.bulkElement(element);
    Class<?> component =
        switch (p) {
          case BOOL -> boolean.class;
          case U8, S8 -> byte.class;
          case U16, S16 -> short.class;
          case U32, S32, CHAR -> int.class;
          case U64, S64 -> long.class;
          case F32 -> float.class;
          case F64 -> double.class;
          default -> throw new AssertionError(p);
        };
    Object array = java.lang.reflect.Array.newInstance(component, elements.size());
    for (int i = 0; i < elements.size(); i++) {
      java.lang.reflect.Array.set(array, i, elements.get(i));
    }
    return array;
  }

  private static void addPtrLen(long packed, List<Long> out) {
    out.add(i32(PtrLen.ptr(packed)));
    out.add(i32(PtrLen.len(packed)));
  }

  private static long i32(int value) {
    return Integer.toUnsignedLong(value);
  }
}
