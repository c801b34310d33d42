package io.witj.wasi.filesystem;

import io.witj.wasi.bindings.clocks.WallClock;
import io.witj.wasi.bindings.filesystem.Types;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@code stat} tells of one file, read without following a final symbolic link through Java's
 * {@code unix} attribute view: type, link count, size, the three timestamps, and the device and
 * inode numbers that {@code metadata-hash} and {@code is-same-object} use (hashed with a key of the
 * host, so the guest learns no host inode numbers).
 */
record Metadata(
    Types.DescriptorType type,
    long links,
    long size,
    FileTime accessed,
    FileTime modified,
    FileTime changed,
    long device,
    long inode) {

  private static final String ATTRIBUTES =
      "unix:mode,nlink,size,lastAccessTime,lastModifiedTime,ctime,dev,ino";

  /** Reads the metadata of {@code path} (of the link itself if it is a symbolic link). */
  static Metadata of(Path path) {
    try {
      Map<String, Object> a = Files.readAttributes(path, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      return new Metadata(
          type((Integer) attribute(a, "mode")),
          ((Number) attribute(a, "nlink")).longValue(),
          (Long) attribute(a, "size"),
          (FileTime) attribute(a, "lastAccessTime"),
          (FileTime) attribute(a, "lastModifiedTime"),
          (FileTime) attribute(a, "ctime"),
          ((Number) attribute(a, "dev")).longValue(),
          ((Number) attribute(a, "ino")).longValue());
    } catch (IOException e) {
      throw FsErrors.of(e);
    }
  }

  /** Attribute {@code name} of a {@code unix:} view read, which has every attribute asked for. */
  private static Object attribute(Map<String, Object> attributes, String name) {
    return Objects.requireNonNull(attributes.get(name), name);
  }

  /** The type of {@code path} without following a final link, or null if it does not exist. */
  static Types.@Nullable DescriptorType typeOrNull(Path path) {
    try {
      return type((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return null;
    }
  }

  private static Types.DescriptorType type(int mode) {
    return switch (mode & 0170000) {
      case 0140000 -> Types.DescriptorType.SOCKET;
      case 0120000 -> Types.DescriptorType.SYMBOLIC_LINK;
      case 0100000 -> Types.DescriptorType.REGULAR_FILE;
      case 0060000 -> Types.DescriptorType.BLOCK_DEVICE;
      case 0040000 -> Types.DescriptorType.DIRECTORY;
      case 0020000 -> Types.DescriptorType.CHARACTER_DEVICE;
      case 0010000 -> Types.DescriptorType.FIFO;
      default -> Types.DescriptorType.UNKNOWN;
    };
  }

  /** As {@code descriptor-stat}. */
  Types.DescriptorStat stat() {
    return new Types.DescriptorStat(
        type, links, size, datetime(accessed), datetime(modified), datetime(changed));
  }

  private static Optional<WallClock.Datetime> datetime(FileTime time) {
    if (time == null) {
      return Optional.empty();
    }
    Instant instant = time.toInstant();
    return Optional.of(new WallClock.Datetime(instant.getEpochSecond(), instant.getNano()));
  }

  /** {@code metadata-hash}: device and inode, each mixed with a key of the host. */
  Types.MetadataHashValue hash(long key) {
    return new Types.MetadataHashValue(mix(inode ^ key), mix(device ^ Long.rotateLeft(key, 32)));
  }

  /** A bijection of 64-bit values (splitmix64's finalizer): distinct inputs stay distinct. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
