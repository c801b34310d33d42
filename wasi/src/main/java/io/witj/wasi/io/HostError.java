package io.witj.wasi.io;

import io.witj.wasi.bindings.filesystem.Types;
import io.witj.wasi.bindings.io.Error;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code wasi:io/error.error} resource of a failed stream operation: a message for humans and,
 * for streams over files, the filesystem error code that {@code filesystem-error-code} reveals.
 */
public final class HostError implements Error.Error_2 {
  private final String message;
  private final Types.@Nullable ErrorCode code;

  /**
   * @param message what failed, for {@code to-debug-string}
   * @param code the filesystem error code, or null when the error is not a filesystem one
   */
  public HostError(String message, Types.@Nullable ErrorCode code) {
    this.message = message;
    this.code = code;
  }

  @Override
  public String toDebugString() {
    return message;
  }

  /** The filesystem error code, when the error came from a file. */
  public Optional<Types.ErrorCode> code() {
    return Optional.ofNullable(code);
  }
}
