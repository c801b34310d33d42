package io.witj.wasi.filesystem;

import io.witj.runtime.Result;
import io.witj.wasi.bindings.filesystem.Types;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code directory-entry-stream}: the entries of a directory as they were when the stream was
 * opened, sorted by name (so that reading a directory twice gives the same order, which seeking in
 * a preview1 directory relies on); {@code .} and {@code ..} are not entries.
 */
final class DirectoryEntries implements Types.DirectoryEntryStream {
  private final List<Types.DirectoryEntry> entries;
  private int next;

  private DirectoryEntries(List<Types.DirectoryEntry> entries) {
    this.entries = entries;
  }

  static DirectoryEntries of(Path dir) {
    List<Types.DirectoryEntry> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        Types.DescriptorType type = Metadata.typeOrNull(entry);
        if (type != null) {
          entries.add(new Types.DirectoryEntry(type, entry.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      throw FsErrors.of(e);
    }
    entries.sort(Comparator.comparing(Types.DirectoryEntry::name));
    return new DirectoryEntries(entries);
  }

  @Override
  public Result<Optional<Types.DirectoryEntry>, Types.ErrorCode> readDirectoryEntry() {
    return Result.ok(next < entries.size() ? Optional.of(entries.get(next++)) : Optional.empty());
  }
}
