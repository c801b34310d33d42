package io.witj.codegen.abi;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds and takes apart runtime-support's {@code Tuple1…Tuple16} records for dynamically typed
 * values.
 */
final class Tuples {
  private Tuples() {}

  /** {@code TupleN(members…)}. */
  static Object of(List<Object> members) {
    try {
      Class<?> type = Class.forName("io.witj.runtime.Tuple" + members.size());
      Constructor<?> constructor = type.getDeclaredConstructors()[0];
      return constructor.newInstance(members.toArray());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no runtime tuple of " + members.size() + " members", e);
    }
  }

  /** The members of a Java record (a {@code TupleN}), in order. */
  static List<Object> members(Object record) {
    List<Object> out = new ArrayList<>();
    try {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        out.add(component.getAccessor().invoke(record));
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
