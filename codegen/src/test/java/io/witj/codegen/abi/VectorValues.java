package io.witj.codegen.abi;

import io.witj.parser.conformance.JsonReader;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeDefKind.FixedListType;
import io.witj.parser.model.TypeDefKind.ListType;
import io.witj.parser.model.TypeDefKind.MapType;
import io.witj.parser.model.TypeDefKind.RecordType;
import io.witj.parser.model.TypeDefKind.TupleType;
import io.witj.runtime.Result;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the vectors' JSON values into the Java values {@link DynamicValueCodec} works with, and
 * renders Java values as canonical text for comparison (floats as bit patterns, so NaN equals NaN
 * and {@code -0.0} differs from {@code 0.0}).
 */
final class VectorValues {
  private final DynamicValueCodec codec;
  private final AbiLayout layout;

  VectorValues(DynamicValueCodec codec) {
    this.codec = codec;
    this.layout = codec.layout;
  }

  Object fromJson(Type type, Object json) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      return primitive(p, json);
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof RecordType record) {
      Map<?, ?> fields = (Map<?, ?>) json;
      Map<String, Object> out = new LinkedHashMap<>();
      for (TypeDefKind.Field f : record.fields()) {
        out.put(f.name(), fromJson(f.type(), fields.get(f.name())));
      }
      return out;
    }
    if (kind instanceof TupleType tuple) {
      List<?> items = (List<?>) json;
      List<Object> members = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        members.add(fromJson(tuple.types().get(i), items.get(i)));
      }
      return Tuples.of(members);
    }
    if (kind instanceof ListType list) {
      return elements(list.element(), (List<?>) json);
    }
    if (kind instanceof FixedListType fixed) {
      return elements(fixed.element(), (List<?>) json);
    }
    if (kind instanceof MapType map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Object pair : (List<?>) json) {
        List<?> kv = (List<?>) pair;
        out.put(fromJson(map.key(), kv.get(0)), fromJson(map.value(), kv.get(1)));
      }
      return out;
    }
    if (kind instanceof TypeDefKind.FlagsType) {
      Set<String> out = new LinkedHashSet<>();
      for (Object label : (List<?>) json) {
        out.add((String) label);
      }
      return out;
    }
    if (kind instanceof TypeDefKind.EnumType) {
      return json;
    }
    Map.Entry<?, ?> entry = ((Map<?, ?>) json).entrySet().iterator().next();
    String label = (String) entry.getKey();
    VariantLayout variant = layout.variant(t);
    int index =
        kind instanceof TypeDefKind.ResultType
            ? (label.equals("ok") ? 0 : 1)
            : variant.caseIndex(label);
    Type payloadType = variant.payloads().get(index);
    Object payload = payloadType == null ? null : fromJson(payloadType, entry.getValue());
    return DynamicValueCodec.makeCase(kind, variant, index, payload);
  }

  private Object elements(Type element, List<?> json) {
    List<Object> items = new ArrayList<>();
    for (Object item : json) {
      items.add(fromJson(element, item));
    }
    PrimitiveType bulk = codec.bulkElement(element);
    if (bulk == null) {
      return items;
    }
    Object array = Array.newInstance(primitiveClass(bulk), items.size());
    for (int i = 0; i < items.size(); i++) {
      Array.set(array, i, items.get(i));
    }
    return array;
  }

  static Class<?> primitiveClass(PrimitiveType p) {
    return switch (p) {
      case BOOL -> boolean.class;
      case U8, S8 -> byte.class;
      case U16, S16 -> short.class;
      case U32, S32, CHAR -> int.class;
      case U64, S64 -> long.class;
      case F32 -> float.class;
      case F64 -> double.class;
      default -> throw new IllegalArgumentException(p.witName());
    };
  }

  private static Object primitive(PrimitiveType type, Object json) {
    return switch (type) {
      case BOOL -> (Boolean) json;
      case U8, S8 -> integer(json).byteValue();
      case U16, S16 -> integer(json).shortValue();
      case U32, S32 -> integer(json).intValue();
      case U64, S64 -> integer(json).longValue();
      case F32 -> (float) floating(json);
      case F64 -> floating(json);
      case CHAR -> ((String) json).codePointAt(0);
      case STRING -> (String) json;
      case ERROR_CONTEXT -> throw new UnsupportedOperationException("error-context values");
    };
  }

  private static BigInteger integer(Object json) {
    return new BigInteger(((JsonReader.Num) json).text());
  }

  private static double floating(Object json) {
    if (json instanceof String special) {
      return switch (special) {
        case "nan" -> Double.NaN;
        case "inf" -> Double.POSITIVE_INFINITY;
        case "-inf" -> Double.NEGATIVE_INFINITY;
        default -> throw new IllegalArgumentException("float " + special);
      };
    }
    return Double.parseDouble(((JsonReader.Num) json).text());
  }

  /** Canonical text of a Java value: equal texts mean equal values (NaN = NaN, -0.0 ≠ 0.0). */
  static String render(Object v) {
    StringBuilder out = new StringBuilder();
    render(v, out);
    return out.toString();
  }

  private static void render(Object v, StringBuilder out) {
    if (v == null
        || v instanceof Boolean
        || v instanceof Byte
        || v instanceof Short
        || v instanceof Integer
        || v instanceof Long) {
      out.append(v);
    } else if (v instanceof Float f) {
      out.append("f32:").append(Integer.toHexString(Float.floatToIntBits(f)));
    } else if (v instanceof Double d) {
      out.append("f64:").append(Long.toHexString(Double.doubleToLongBits(d)));
    } else if (v instanceof String s) {
      out.append('"');
      s.chars()
          .forEach(
              c ->
                  out.append(
                      c >= 0x20 && c < 0x7f
                          ? String.valueOf((char) c)
                          : String.format("\\u%04x", c)));
      out.append('"');
    } else if (v.getClass().isArray()) {
      out.append(v.getClass().getComponentType()).append('[');
      for (int i = 0; i < Array.getLength(v); i++) {
        out.append(i == 0 ? "" : ", ");
        render(Array.get(v, i), out);
      }
      out.append(']');
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        render(list.get(i), out);
      }
      out.append(']');
    } else if (v instanceof Set<?> set) {
      out.append("flags").append(set);
    } else if (v instanceof Map<?, ?> map) {
      out.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(sep);
        render(e.getKey(), out);
        out.append(": ");
        render(e.getValue(), out);
        sep = ", ";
      }
      out.append('}');
    } else if (v instanceof Optional<?> o) {
      out.append(o.isPresent() ? "some(" : "none(");
      o.ifPresent(x -> render(x, out));
      out.append(')');
    } else if (v instanceof Result.Ok<?, ?> ok) {
      out.append("ok(");
      render(ok.value(), out);
      out.append(')');
    } else if (v instanceof Result.Err<?, ?> err) {
      out.append("err(");
      render(err.error(), out);
      out.append(')');
    } else if (v instanceof VariantValue c) {
      out.append(c.caseName()).append('(');
      render(c.payload(), out);
      out.append(')');
    } else if (v instanceof Record) {
      out.append(v.getClass().getSimpleName());
      render(Tuples.members(v), out);
    } else {
      throw new IllegalArgumentException("unexpected value " + v.getClass());
    }
  }
}
