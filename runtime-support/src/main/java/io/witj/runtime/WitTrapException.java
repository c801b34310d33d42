package io.witj.runtime;

import org.jspecify.annotations.Nullable;

/**
 * A Canonical ABI trap: the guest violated the ABI contract (a pointer out of bounds, invalid
 * UTF-8, an unknown handle, a borrow leaked past its call, a guest {@code unreachable}...).
 *
 * <p>Generated bindings raise this for every guest violation, so a host only has to handle one
 * exception type; the message always has the form {@code trap in <function>: <what was wrong>},
 * where {@code <function>} is the WIT-level name of the call being lifted or lowered (e.g. {@code
 * wasi:http/types#[method]fields.get}). After a trap the guest instance is dead, as the Component
 * Model specifies: every later call of it throws a {@code WitTrapException} saying that it trapped
 * earlier and where (the first trap is its cause). Calling an export from inside the host's
 * implementation of one of the same guest's imports traps too (the spec's {@code may_enter}). The
 * host-side state stays consistent.
 */
public class WitTrapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String function;
  private final String check;

  /**
   * @param function the function (or other context) in which the trap happened
   * @param check what was violated, in words
   */
  public WitTrapException(String function, String check) {
    this(function, check, null);
  }

  /**
   * @param function the function (or other context) in which the trap happened
   * @param check what was violated, in words
   * @param cause the underlying exception (e.g. a Chicory trap), or {@code null}
   */
  public WitTrapException(String function, String check, @Nullable Throwable cause) {
    super("trap in " + function + ": " + check, cause);
    this.function = function;
    this.check = check;
  }

  /** The function (or other context) in which the trap happened. */
  public String function() {
    return function;
  }

  /** What was violated, without the {@code trap in <function>:} prefix. */
  public String check() {
    return check;
  }
}
