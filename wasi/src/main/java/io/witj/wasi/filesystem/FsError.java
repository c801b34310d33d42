package io.witj.wasi.filesystem;

import io.witj.wasi.bindings.filesystem.Types;

/**
 * A filesystem operation failed with {@link #code()}: thrown inside this package and returned to
 * the guest as the {@code error-code} of the operation's result, never seen by hosts.
 */
final class FsError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Types.ErrorCode code;

  FsError(Types.ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  Types.ErrorCode code() {
    return code;
  }
}
