package io.witj.codegen.abi;

import io.witj.parser.model.Type;
import java.util.List;

/**
 * The memory layout of a record-like sequence of members: a {@code record}, a {@code tuple}, a map
 * entry ({@code tuple<K, V>}) or a function's spilled parameters or results. {@code offsets.get(i)}
 * is the byte offset of {@code types.get(i)} from the start of the record.
 */
public record RecordLayout(List<Type> types, List<Integer> offsets, TypeLayout layout) {
  public RecordLayout {
    types = List.copyOf(types);
    offsets = List.copyOf(offsets);
  }

  /** Byte offset of member {@code index}. */
  public int offset(int index) {
    return offsets.get(index);
  }
}
