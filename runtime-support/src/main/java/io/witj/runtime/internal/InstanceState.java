package io.witj.runtime.internal;

import io.witj.runtime.WitTrapException;
import org.jspecify.annotations.Nullable;

/**
 * Whether one guest instance can be called, by the component model's rules: a trap kills the
 * instance for good (every later call traps, saying where the first trap happened); a closed
 * instance refuses every call; and a guest that is running cannot be entered again from one of its
 * own imports (the spec's {@code may_enter}: the host's implementation of an import must not call
 * an export of the same instance).
 *
 * <p>Every trap raised for the instance goes through {@link #poison}: the lifting and lowering of
 * its {@link CanonContext}s, its {@link HandleTable} and {@link CallScope}s, and the guest calls of
 * {@link GuestFunction}; a host exception that unwinds the guest (thrown by an import's
 * implementation) kills it too, since the guest never finished its call. One instance per {@link
 * GuestInstance}; not thread-safe. Public only so that guests linked outside this package can pass
 * it on (to {@link CanonContext.Builder#instanceState} and {@link GuestFunction#of}); its workings
 * are this package's.
 */
public final class InstanceState {
  /** A new, usable state. */
  InstanceState() {}

  private boolean closed;
  private @Nullable WitTrapException trap;
  private @Nullable String running;
  private int guestDrops;

  /** Records {@code t} as the instance's trap (the first one wins) and returns it for throwing. */
  WitTrapException poison(WitTrapException t) {
    if (trap == null) {
      trap = t;
    }
    return t;
  }

  /** The trap that killed the instance, or null while it is alive. */
  @Nullable WitTrapException trap() {
    return trap;
  }

  /** Whether the instance was closed. */
  boolean isClosed() {
    return closed;
  }

  /** Whether calls may run guest code: neither closed nor trapped. */
  boolean isUsable() {
    return !closed && trap == null;
  }

  /** Closes the instance; later calls throw {@link IllegalStateException}. */
  void close() {
    closed = true;
  }

  /**
   * Checks that guest code may run for {@code function} (e.g. {@code cabi_realloc} while lowering
   * its arguments): the instance is neither closed nor trapped.
   *
   * @throws IllegalStateException if the instance is closed
   * @throws WitTrapException if it trapped earlier
   */
  void checkUsable(String function) {
    if (closed) {
      throw new IllegalStateException("the guest instance is closed: cannot call " + function);
    }
    WitTrapException first = trap;
    if (first != null) {
      throw new WitTrapException(
          function,
          "the instance trapped earlier, in "
              + first.function()
              + " ("
              + first.check()
              + "), and cannot be used again",
          first);
    }
  }

  /**
   * Enters the guest to call {@code function}: {@link #checkUsable}, then the spec's {@code
   * may_enter} check; {@link #leave} when the call is over.
   *
   * @throws WitTrapException if the guest is already running a call (re-entrance)
   */
  void enter(String function) {
    checkUsable(function);
    String current = running;
    if (current != null) {
      throw poison(
          new WitTrapException(
              function,
              "cannot enter the guest while it runs "
                  + current
                  + ": the host's implementation of an import called back into the same instance"
                  + " (the component model forbids re-entrance)"));
    }
    running = function;
  }

  /** Ends the call {@link #enter} started. */
  void leave() {
    running = null;
  }

  /**
   * Runs the guest's own {@code [resource-drop]} of a handle: the destructor it runs calls back
   * into the guest, which the spec allows (the caller is the instance itself, so it enters
   * nothing).
   */
  void guestDrop(Runnable drop) {
    guestDrops++;
    try {
      drop.run();
    } finally {
      guestDrops--;
    }
  }

  /** Whether a destructor now runs for the guest's own {@code [resource-drop]}. */
  boolean inGuestDrop() {
    return guestDrops > 0;
  }
}
