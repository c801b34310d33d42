package io.witj.wasi.filesystem;

import io.witj.wasi.bindings.filesystem.Types.ErrorCode;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;

/**
 * Maps what Java's file APIs throw to WASI {@code error-code}s: the {@link FileSystemException}
 * subclasses by type, the others by the operating system's reason text (the {@code strerror} of the
 * failing call, e.g. "Is a directory"), anything else to {@code io}.
 */
final class FsErrors {
  private static final Map<String, ErrorCode> REASONS =
      Map.ofEntries(
          Map.entry("Is a directory", ErrorCode.IS_DIRECTORY),
          Map.entry("Not a directory", ErrorCode.NOT_DIRECTORY),
          Map.entry("Too many levels of symbolic links", ErrorCode.LOOP),
          Map.entry("File name too long", ErrorCode.NAME_TOO_LONG),
          Map.entry("Read-only file system", ErrorCode.READ_ONLY),
          Map.entry("Invalid argument", ErrorCode.INVALID),
          Map.entry("Operation not permitted", ErrorCode.NOT_PERMITTED),
          Map.entry("Permission denied", ErrorCode.ACCESS),
          Map.entry("Directory not empty", ErrorCode.NOT_EMPTY),
          Map.entry("File exists", ErrorCode.EXIST),
          Map.entry("No such file or directory", ErrorCode.NO_ENTRY),
          Map.entry("No space left on device", ErrorCode.INSUFFICIENT_SPACE),
          Map.entry("Disk quota exceeded", ErrorCode.QUOTA),
          Map.entry("Invalid cross-device link", ErrorCode.CROSS_DEVICE),
          Map.entry("Too many links", ErrorCode.TOO_MANY_LINKS),
          Map.entry("Text file busy", ErrorCode.TEXT_FILE_BUSY),
          Map.entry("Device or resource busy", ErrorCode.BUSY),
          Map.entry("File too large", ErrorCode.FILE_TOO_LARGE),
          Map.entry("Bad file descriptor", ErrorCode.BAD_DESCRIPTOR),
          Map.entry("Illegal seek", ErrorCode.INVALID_SEEK),
          Map.entry("No such device", ErrorCode.NO_SUCH_DEVICE),
          Map.entry("Interrupted system call", ErrorCode.INTERRUPTED),
          Map.entry("Cannot allocate memory", ErrorCode.INSUFFICIENT_MEMORY));

  private FsErrors() {}

  /** The error code of {@code e}. */
  static ErrorCode code(IOException e) {
    if (e instanceof NoSuchFileException) {
      return ErrorCode.NO_ENTRY;
    }
    if (e instanceof FileAlreadyExistsException) {
      return ErrorCode.EXIST;
    }
    if (e instanceof DirectoryNotEmptyException) {
      return ErrorCode.NOT_EMPTY;
    }
    if (e instanceof NotDirectoryException) {
      return ErrorCode.NOT_DIRECTORY;
    }
    if (e instanceof AccessDeniedException) {
      return ErrorCode.ACCESS;
    }
    if (e instanceof NotLinkException) {
      return ErrorCode.INVALID;
    }
    if (e instanceof FileSystemLoopException) {
      return ErrorCode.LOOP;
    }
    if (e instanceof AtomicMoveNotSupportedException) {
      return ErrorCode.CROSS_DEVICE;
    }
    if (e instanceof ClosedChannelException) {
      return ErrorCode.BAD_DESCRIPTOR;
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      ErrorCode code = REASONS.get(fs.getReason());
      if (code != null) {
        return code;
      }
    }
    String message = e.getMessage();
    if (message != null) {
      for (Map.Entry<String, ErrorCode> reason : REASONS.entrySet()) {
        if (message.endsWith(reason.getKey())) {
          return reason.getValue();
        }
      }
    }
    return ErrorCode.IO;
  }

  /** {@code e} as an {@link FsError}. */
  static FsError of(IOException e) {
    return new FsError(code(e), String.valueOf(e.getMessage()));
  }
}
