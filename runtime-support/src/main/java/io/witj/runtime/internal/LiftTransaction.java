package io.witj.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The own handles lifted out of a {@link HandleTable} while the arguments of one call are lifted,
 * obtained from {@link HandleTable#beginLift} and closed when lifting is over (try-with-resources).
 *
 * <p>{@code lift_own} removes a handle at once. When a later argument of the same call traps, the
 * host never receives the resources already lifted, so nobody would ever close them: the guest's
 * table no longer holds them, and the host implementation is not called. Closing a transaction that
 * was not {@linkplain #commit committed} puts every such handle back at its index, so a trapping
 * call leaves the table as it was and closing the instance still closes those resources. Call
 * {@link #commit} once every argument is lifted, before the values are handed on.
 */
public final class LiftTransaction implements AutoCloseable {
  private final HandleTable table;
  private final @Nullable LiftTransaction outer;
  private final List<HandleTable.Entry> moved = new ArrayList<>(2);
  private boolean done;

  LiftTransaction(HandleTable table, @Nullable LiftTransaction outer) {
    this.table = table;
    this.outer = outer;
  }

  void moved(HandleTable.Entry e) {
    moved.add(e);
  }

  /** Every argument is lifted: the lifted resources now belong to the receiver. */
  public void commit() {
    if (!done) {
      done = true;
      moved.clear();
      table.endLift(this, outer);
    }
  }

  /** Puts the lifted handles back (last lifted first) unless {@link #commit} ran. */
  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    for (int i = moved.size() - 1; i >= 0; i--) {
      table.restore(moved.get(i));
    }
    moved.clear();
    table.endLift(this, outer);
  }
}
