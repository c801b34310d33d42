package io.witj.runtime.internal;

import io.witj.runtime.WitTrapException;
import java.util.ArrayList;
import java.util.List;

/**
 * The borrow bookkeeping of one synchronous call across the host/guest boundary: the spec's {@code
 * Task.num_borrows} and {@code Subtask.lenders} for one call, obtained from {@link
 * HandleTable#beginCall} and closed when the call returns (try-with-resources).
 *
 * <ul>
 *   <li>Host calls a guest export with {@code borrow<R>} arguments: each borrow lowered with {@link
 *       HandleTable#addBorrow} must be dropped by the guest before the call returns; {@link
 *       #close()} traps otherwise (the spec's {@code task.return} check) and removes the leaked
 *       handles so the host's resources are no longer reachable from the guest.
 *   <li>Guest calls a host import with {@code borrow<R>} arguments: each handle lifted with {@link
 *       HandleTable#liftBorrow} is lent until {@link #close()}, and its own handle cannot be
 *       dropped or moved meanwhile (the spec's {@code num_lends}, released by {@code
 *       deliver_resolve}).
 * </ul>
 *
 * Closing twice does nothing.
 */
public final class CallScope implements AutoCloseable {
  private final HandleTable table;
  private final String function;
  private final List<HandleTable.Entry> lenders = new ArrayList<>(2);
  private final List<HandleTable.Entry> borrows = new ArrayList<>(2);
  private int numBorrows;
  private boolean closed;

  CallScope(HandleTable table, String function) {
    this.table = table;
    this.function = function;
  }

  /** The function this scope belongs to. */
  public String function() {
    return function;
  }

  /** Borrow handles lowered into this call that the guest has not dropped yet. */
  public int outstandingBorrows() {
    return numBorrows;
  }

  void lend(HandleTable.Entry e) {
    checkOpen();
    e.numLends++;
    lenders.add(e);
  }

  void borrowAdded(HandleTable.Entry e) {
    checkOpen();
    numBorrows++;
    borrows.add(e);
  }

  void borrowDropped() {
    numBorrows--;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("call scope of " + function + " is already closed");
    }
  }

  /**
   * Ends the call: releases the lends and traps if borrow handles lowered into the call were not
   * dropped (after removing them from the table).
   *
   * @throws WitTrapException if the guest kept a borrowed handle
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (HandleTable.Entry e : lenders) {
      e.numLends--;
    }
    if (numBorrows > 0) {
      List<Integer> leaked = new ArrayList<>();
      for (HandleTable.Entry e : borrows) {
        if (table.remove(e)) {
          leaked.add(e.index);
        }
      }
      throw table.trap(
          function, "borrowed handles " + leaked + " were not dropped before the call returned");
    }
  }
}
