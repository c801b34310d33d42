package io.witj.codegen;

import io.witj.codegen.declarations.FileHeader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The directory generated sources are written into, guarded against the two ways writing there can
 * damage something else: a symbolic link below it (to a file or a directory) that leads outside it
 * is never written through — checked for every file before the first one is written, so a refused
 * run writes nothing — and overwriting a file that witj did not generate is reported as a warning.
 * witj recognises its own files by their first line, which starts with {@link #HEADER}.
 */
public final class OutputDirectory {
  /** How every file witj generates begins (the rest of the line names the WIT item). */
  public static final String HEADER = "// " + FileHeader.MARKER;

  private final Path root;

  /** The output directory {@code root} (it need not exist yet). */
  public OutputDirectory(Path root) {
    this.root = root;
  }

  /**
   * Writes {@code files} (each only if its bytes changed), reporting through {@code warnings} every
   * existing file overwritten that does not start with {@link #HEADER}; returns the paths written
   * or already current, in order.
   *
   * @throws FileSystemException naming the path when a link below the directory leads outside it or
   *     is broken (nothing is written then), or when the file system refuses a write
   */
  public List<Path> write(List<GeneratedFile> files, Consumer<String> warnings) throws IOException {
    for (GeneratedFile file : files) {
      checkNoLinkOutside(file);
    }
    List<Path> paths = new ArrayList<>();
    for (GeneratedFile file : files) {
      foreignOverwrite(file).ifPresent(warnings);
      file.writeIfChanged(root);
      paths.add(file.target(root));
    }
    return paths;
  }

  /**
   * The warning to give when writing {@code file} would replace different bytes in an existing file
   * that does not start with {@link #HEADER}, else empty.
   */
  public Optional<String> foreignOverwrite(GeneratedFile file) throws IOException {
    Path target = file.target(root);
    if (Files.isRegularFile(target) && !file.isCurrent(root) && !isGenerated(target)) {
      return Optional.of(
          "overwriting "
              + target
              + ", which witj did not generate (its first line is not \""
              + HEADER
              + " …\")");
    }
    return Optional.empty();
  }

  /** Whether the file at {@code path} starts with witj's header line. */
  public static boolean isGenerated(Path path) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      return first != null && first.startsWith(HEADER);
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Fails if any existing path between the output directory and {@code file}'s target (both
   * excluded for the root, included for the target) is a symbolic link that is broken or resolves
   * outside the output directory.
   *
   * @throws FileSystemException naming the link and where it leads
   */
  public void checkNoLinkOutside(GeneratedFile file) throws IOException {
    Path current = root;
    for (Path segment : Path.of(file.path())) {
      current = current.resolve(segment.toString());
      if (!Files.isSymbolicLink(current)) {
        if (!Files.exists(current)) {
          return; // nothing further down exists either
        }
        continue;
      }
      Path link = Files.readSymbolicLink(current);
      if (!Files.exists(current)) {
        throw new FileSystemException(
            current.toString(),
            null,
            "broken symbolic link to " + link + "; witj does not write through it");
      }
      Path real = current.toRealPath();
      Path realRoot = root.toRealPath();
      if (!real.startsWith(realRoot)) {
        throw new FileSystemException(
            current.toString(),
            null,
            "symbolic link to "
                + real
                + ", outside the output directory "
                + root
                + "; witj does not write through it");
      }
    }
  }
}
