package io.witj.codegen.abi;

import java.util.List;

/**
 * A {@code flags} type as a packed bit vector: label {@code i} is bit {@code i}, stored in {@code
 * byteSize} bytes (1, 2 or 4; also the alignment) and passed flat as one {@code i32}.
 */
public record FlagsLayout(List<String> labels, int byteSize) {
  public FlagsLayout {
    labels = List.copyOf(labels);
  }

  /** The mask of the bits that name a label; other bits are unknown flags. */
  public int validBits() {
    return labels.size() == 32 ? -1 : (1 << labels.size()) - 1;
  }
}
