package io.witj.codegen.abi;

import io.witj.runtime.internal.Flat;
import java.util.List;

/**
 * The spec's {@code CoreValueIter}: hands out flat core values (as {@code long}s, see {@link
 * DynamicFlatCodec}) one by one. {@link #slots} gives the spec's {@code CoerceValueIter} for a
 * variant payload: it reads the joined slot types and converts each to the type the payload wants.
 */
class FlatReader {
  private final long[] values;
  private int next;

  FlatReader(long[] values) {
    this.values = values;
  }

  /** The next value, read as core type {@code want}. */
  long next(CoreType want) {
    return values[next++];
  }

  /** Whether every value has been read. */
  boolean done() {
    return next == values.length;
  }

  /**
   * A reader over the payload slots of a variant, typed {@code slotTypes}, that coerces each read.
   */
  FlatReader slots(List<CoreType> slotTypes) {
    return new SlotReader(this, slotTypes);
  }

  /** Consumes the slots the payload did not use (only meaningful for a slot reader). */
  void skipRest() {}

  private static final class SlotReader extends FlatReader {
    private final FlatReader parent;
    private final List<CoreType> slotTypes;
    private int used;

    SlotReader(FlatReader parent, List<CoreType> slotTypes) {
      super(new long[0]);
      this.parent = parent;
      this.slotTypes = slotTypes;
    }

    @Override
    long next(CoreType want) {
      CoreType have = slotTypes.get(used++);
      long v = parent.next(have);
      if (have == CoreType.I64 && (want == CoreType.I32 || want == CoreType.F32)) {
        return Integer.toUnsignedLong(Flat.wrapI64ToI32(v));
      }
      return v;
    }

    @Override
    void skipRest() {
      while (used < slotTypes.size()) {
        parent.next(slotTypes.get(used++));
      }
    }
  }
}
