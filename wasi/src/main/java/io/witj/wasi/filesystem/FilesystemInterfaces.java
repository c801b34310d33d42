package io.witj.wasi.filesystem;

import io.witj.runtime.Tuple2;
import io.witj.wasi.bindings.filesystem.Preopens;
import io.witj.wasi.bindings.filesystem.Types;
import io.witj.wasi.bindings.io.Error;
import io.witj.wasi.io.HostError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code wasi:filesystem/types} and {@code wasi:filesystem/preopens} for one component instance:
 * the granted directories as preopened descriptors (each {@link #getDirectories()} call hands out
 * new descriptors of them) and the error code behind a stream error.
 */
public final class FilesystemInterfaces implements Types, Preopens {
  /** A directory the host grants: its path on the host, the name the guest sees, read-write. */
  public record Grant(Path directory, String guestPath, boolean writable) {}

  private final List<Sandbox> sandboxes = new ArrayList<>();
  private final List<String> guestPaths = new ArrayList<>();
  private final long hashKey;

  /**
   * @param grants the directories the guest may use
   * @param hashKey the key mixed into {@code metadata-hash} values
   * @throws IOException if a granted directory does not exist or cannot be resolved
   */
  public FilesystemInterfaces(List<Grant> grants, long hashKey) throws IOException {
    for (Grant grant : grants) {
      Path root = grant.directory().toRealPath();
      if (!Files.isDirectory(root)) {
        throw new IOException(grant.directory() + " is not a directory");
      }
      sandboxes.add(new Sandbox(root, grant.writable()));
      guestPaths.add(grant.guestPath());
    }
    this.hashKey = hashKey;
  }

  @Override
  public List<Tuple2<Types.Descriptor, String>> getDirectories() {
    List<Tuple2<Types.Descriptor, String>> directories = new ArrayList<>();
    for (int i = 0; i < sandboxes.size(); i++) {
      directories.add(
          new Tuple2<>(HostDescriptor.root(sandboxes.get(i), hashKey), guestPaths.get(i)));
    }
    return directories;
  }

  @Override
  public Optional<Types.ErrorCode> filesystemErrorCode(Error.Error_2 err) {
    return err instanceof HostError e ? e.code() : Optional.empty();
  }
}
