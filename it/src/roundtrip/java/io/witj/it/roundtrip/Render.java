package io.witj.it.roundtrip;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A value of generated bindings as a canonical string, for deep comparison with readable failures:
 * arrays by content, records by components, primitives with their Java type, flags in declaration
 * order.
 */
final class Render {
  private Render() {}

  static String of(Object v) {
    if (v == null) {
      return "null";
    } else if (v instanceof String s) {
      return '"' + s + '"';
    } else if (v instanceof Byte
        || v instanceof Short
        || v instanceof Long
        || v instanceof Float
        || v instanceof Double) {
      return v + ":" + v.getClass().getSimpleName();
    } else if (v.getClass().isArray()) {
      StringJoiner j = new StringJoiner(", ", v.getClass().getComponentType() + "[", "]");
      for (int i = 0; i < Array.getLength(v); i++) {
        j.add(of(Array.get(v, i)));
      }
      return j.toString();
    } else if (v instanceof Map<?, ?> map) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      map.forEach((k, x) -> j.add(of(k) + "=" + of(x)));
      return j.toString();
    } else if (v instanceof Collection<?> c) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      c.forEach(e -> j.add(of(e)));
      return j.toString();
    } else if (v instanceof Optional<?> o) {
      return o.map(x -> "Some(" + of(x) + ")").orElse("None");
    } else if (v instanceof Record r) {
      StringJoiner j = new StringJoiner(", ", r.getClass().getSimpleName() + "(", ")");
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          c.getAccessor().setAccessible(true);
          j.add(c.getName() + "=" + of(c.getAccessor().invoke(r)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return j.toString();
    }
    return String.valueOf(v);
  }
}
