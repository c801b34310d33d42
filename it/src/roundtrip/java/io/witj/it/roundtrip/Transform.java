package io.witj.it.roundtrip;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The round-trip guests' transform {@code T} (see {@code it/guests/roundtrip/README.md}) over the
 * Java values of generated bindings: integers + 1 at their width, floats × 2, booleans negated,
 * ASCII letters upper-cased, lists and maps transformed element-wise and reversed, records, tuples,
 * variant cases, options and results transformed member-wise, enums to the next case, flags
 * toggled. Works on the types of any generated package, by reflection (test code only).
 */
final class Transform {
  private Transform() {}

  /** {@code T(value)}. */
  @SuppressWarnings("unchecked")
  static <T> T apply(T value) {
    return (T) transform(value);
  }

  /** {@code T} applied {@code times} times. */
  static <T> T apply(T value, int times) {
    T v = value;
    for (int i = 0; i < times; i++) {
      v = apply(v);
    }
    return v;
  }

  private static Object transform(Object v) {
    if (v == null) {
      return null;
    } else if (v instanceof Boolean b) {
      return !b;
    } else if (v instanceof Byte b) {
      return (byte) (b + 1);
    } else if (v instanceof Short s) {
      return (short) (s + 1);
    } else if (v instanceof Integer i) {
      return i + 1;
    } else if (v instanceof Long l) {
      return l + 1;
    } else if (v instanceof Float f) {
      return f * 2;
    } else if (v instanceof Double d) {
      return d * 2;
    } else if (v instanceof String s) {
      return upper(s);
    } else if (v.getClass().isArray()) {
      return array(v);
    } else if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(e -> out.add(transform(e)));
      Collections.reverse(out);
      return out;
    } else if (v instanceof Map<?, ?> map) {
      List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
      Collections.reverse(entries);
      Map<Object, Object> out = new LinkedHashMap<>();
      entries.forEach(e -> out.put(transform(e.getKey()), transform(e.getValue())));
      return out;
    } else if (v instanceof Optional<?> o) {
      return o.map(Transform::transform);
    } else if (v instanceof Enum<?> e) {
      Object[] constants = e.getDeclaringClass().getEnumConstants();
      return constants[(e.ordinal() + 1) % constants.length];
    } else if (v instanceof EnumSet<?> set) {
      return toggled(set);
    } else if (v instanceof Record r) {
      return record(r);
    }
    throw new IllegalArgumentException("no transform for " + v.getClass());
  }

  private static String upper(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c));
    return b.toString();
  }

  private static Object array(Object array) {
    int n = Array.getLength(array);
    Object out = Array.newInstance(array.getClass().getComponentType(), n);
    for (int i = 0; i < n; i++) {
      Array.set(out, n - 1 - i, transform(Array.get(array, i)));
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object toggled(EnumSet set) {
    return EnumSet.complementOf(set);
  }

  private static Object record(Record r) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        components[i].getAccessor().setAccessible(true);
        values[i] = transform(components[i].getAccessor().invoke(r));
      }
      Constructor<?> constructor = r.getClass().getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot transform " + r, e);
    }
  }
}
