package io.witj.parser;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How the front ends open the paths a user names and word their failures: one line, {@code path:
 * reason}, the reason being the operating system's (Java leaves it out of some exceptions, such as
 * {@link NoSuchFileException}, and names the condition by the exception's type instead). A broken
 * symbolic link says where it points.
 */
public final class InputPaths {
  private InputPaths() {}

  /**
   * {@code path: reason} for a failure to read or write a path, e.g. {@code wit/a.wit: No such file
   * or directory} or {@code wit/x.wit: broken symbolic link to gone.wit}.
   */
  public static String describe(IOException e) {
    if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
      return String.valueOf(e.getMessage());
    }
    String file = fs.getFile();
    String other = fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile();
    return file + other + ": " + reason(fs);
  }

  private static String reason(FileSystemException e) {
    if (e.getReason() != null) {
      return e.getReason();
    }
    if (e instanceof NoSuchFileException) {
      String target = brokenLinkTarget(Path.of(e.getFile()));
      return target != null ? "broken symbolic link to " + target : "No such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "Not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "File exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "Directory not empty";
    }
    if (e instanceof NotLinkException) {
      return "Not a symbolic link";
    }
    return "cannot be accessed (" + e.getClass().getSimpleName() + ")";
  }

  /**
   * Whether directory entry {@code entry} is a {@code .wit} file to read: a regular file (or a link
   * to one) whose name ends in {@code .wit}. A {@code .wit} entry that cannot be read as a file is
   * an error rather than something to skip silently: a broken link raises {@link
   * NoSuchFileException}, a device, socket or pipe a {@link FileSystemException} saying so.
   */
  public static boolean isWitFile(Path entry) throws IOException {
    if (!entry.getFileName().toString().endsWith(".wit") || Files.isDirectory(entry)) {
      return false;
    }
    requireReadable(entry);
    return true;
  }

  /**
   * Fails unless {@code entry} exists (following links) and, if it is not a directory, is a regular
   * file: a dependency entry that is a broken link must not be skipped as if it were not there.
   */
  public static void requireReadable(Path entry) throws IOException {
    if (!Files.exists(entry)) {
      throw new NoSuchFileException(entry.toString());
    }
    if (!Files.isDirectory(entry) && !Files.isRegularFile(entry)) {
      throw new FileSystemException(entry.toString(), null, "not a regular file");
    }
  }

  private static @Nullable String brokenLinkTarget(Path path) {
    try {
      if (Files.isSymbolicLink(path) && !Files.exists(path)) {
        return Files.readSymbolicLink(path).toString();
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a link we can read: the plain reason is all there is to say
    }
    return null;
  }
}
