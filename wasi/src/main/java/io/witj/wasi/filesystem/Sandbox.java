package io.witj.wasi.filesystem;

import io.witj.wasi.bindings.filesystem.Types.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One directory the host grants a guest (a preopen), and the capability rule of every path the
 * guest names under it. Every directory descriptor is a capability for the tree below it (as in
 * wasmtime's cap-std): a path is resolved one component at a time from the descriptor's directory,
 * never by the operating system in one go, and never reaches above that directory —
 *
 * <ul>
 *   <li>absolute paths are refused ({@code not-permitted});
 *   <li>{@code ..} is applied to the directory resolved so far (physically, after symbolic links),
 *       and refused ({@code not-permitted}) where it would leave the descriptor's directory;
 *   <li>every symbolic link met on the way — in an intermediate component or, when the operation
 *       follows links, the last one — is read and its target resolved by the same rules from the
 *       link's directory: an absolute target or one whose {@code ..} leaves the descriptor's
 *       directory is refused, more than {@link #MAX_LINKS} links is {@code loop};
 *   <li>every intermediate component must be an existing directory.
 * </ul>
 *
 * Operations then act on the resolved directory and the last component's name without following a
 * final symbolic link ({@link LinkOption#NOFOLLOW_LINKS}); hard links and renames are only made
 * between resolved paths, so neither can reach outside. Limit: the rules hold while the granted
 * directories change only through the guest; another process swapping a directory for a symbolic
 * link between a check and its use (a race outside the guest's control) is not defended against.
 */
final class Sandbox {
  /** The most symbolic links one resolution follows (Linux's limit). */
  static final int MAX_LINKS = 40;

  private final Path root;
  private final boolean writable;

  /**
   * @param root the granted directory, as a real path (no symbolic links)
   * @param writable whether the guest may change what is under it
   */
  Sandbox(Path root, boolean writable) {
    this.root = root;
    this.writable = writable;
  }

  Path root() {
    return root;
  }

  boolean writable() {
    return writable;
  }

  /**
   * A path resolved in the sandbox: the directory it names an entry of, and the entry's name (null
   * when the path names {@code dir} itself, e.g. {@code .}).
   *
   * @param dir a real directory inside the sandbox
   * @param name the last component, unresolved (it may not exist, or be a symbolic link)
   * @param directoryRequired whether the path ended with {@code /}
   */
  record Resolved(Path dir, @Nullable String name, boolean directoryRequired) {
    /** The resolved path itself. */
    Path path() {
      return name == null ? dir : dir.resolve(name);
    }
  }

  /**
   * Resolves {@code path} from directory {@code start} (a real directory inside the sandbox), which
   * it cannot leave.
   *
   * @param followLast whether a symbolic link in the last component is followed
   * @throws FsError for an invalid or escaping path, a missing or non-directory intermediate
   *     component, or too many links
   */
  Resolved resolve(Path start, String path, boolean followLast) {
    if (path.isEmpty()) {
      throw new FsError(ErrorCode.NO_ENTRY, "empty path");
    }
    if (path.indexOf('\0') >= 0) {
      throw new FsError(ErrorCode.INVALID, "path contains a NUL character");
    }
    if (path.startsWith("/")) {
      throw new FsError(ErrorCode.NOT_PERMITTED, "absolute path " + path);
    }
    checkInside(start);
    boolean trailingSlash = path.endsWith("/");
    Deque<String> todo = new ArrayDeque<>();
    push(todo, path);
    Path current = start;
    int links = 0;
    while (!todo.isEmpty()) {
      String component = todo.pollFirst();
      boolean last = todo.isEmpty();
      if (component.equals(".")) {
        continue;
      }
      if (component.equals("..")) {
        if (current.equals(start)) {
          throw new FsError(ErrorCode.NOT_PERMITTED, "path " + path + " leaves the directory");
        }
        current = Objects.requireNonNull(current.getParent(), "below start");
        continue;
      }
      Path next = current.resolve(component);
      boolean follow = !last || followLast || trailingSlash;
      if (follow && Files.isSymbolicLink(next)) {
        if (++links > MAX_LINKS) {
          throw new FsError(ErrorCode.LOOP, "more than " + MAX_LINKS + " symbolic links");
        }
        String target = readLink(next);
        if (target.startsWith("/")) {
          throw new FsError(ErrorCode.NOT_PERMITTED, "symbolic link " + component + " is absolute");
        }
        if (target.isEmpty()) {
          throw new FsError(ErrorCode.NO_ENTRY, "symbolic link " + component + " is empty");
        }
        push(todo, target);
        continue;
      }
      if (last) {
        return new Resolved(current, component, trailingSlash);
      }
      if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
        throw new FsError(ErrorCode.NO_ENTRY, "no " + component + " in " + path);
      }
      if (!Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS)) {
        throw new FsError(ErrorCode.NOT_DIRECTORY, component + " in " + path + " is no directory");
      }
      current = next;
    }
    return new Resolved(current, null, trailingSlash);
  }

  /** Adds the components of {@code path} in front of {@code todo}. */
  private static void push(Deque<String> todo, String path) {
    String[] components = path.split("/", -1);
    for (int i = components.length - 1; i >= 0; i--) {
      if (!components[i].isEmpty()) {
        todo.addFirst(components[i]);
      }
    }
    if (todo.isEmpty()) {
      todo.add(".");
    }
  }

  private static String readLink(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      throw FsErrors.of(e);
    }
  }

  /**
   * Fails unless {@code dir} (a descriptor's directory) is still a real directory under the root: a
   * directory the guest opened that was since replaced by a symbolic link is not used.
   */
  void checkInside(Path dir) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      throw FsErrors.of(e);
    }
    if (!real.equals(dir) || !real.startsWith(root)) {
      throw new FsError(ErrorCode.NOT_PERMITTED, "the directory moved out of the sandbox");
    }
  }

  /** Fails with {@code read-only} unless the guest may change the sandbox. */
  void requireWritable() {
    if (!writable) {
      throw new FsError(ErrorCode.READ_ONLY, "the directory is granted read-only");
    }
  }
}
