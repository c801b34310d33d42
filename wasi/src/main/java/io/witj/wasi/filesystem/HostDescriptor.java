package io.witj.wasi.filesystem;

import io.witj.runtime.Result;
import io.witj.runtime.Tuple2;
import io.witj.wasi.bindings.filesystem.Types;
import io.witj.wasi.bindings.filesystem.Types.DescriptorFlags;
import io.witj.wasi.bindings.filesystem.Types.DescriptorType;
import io.witj.wasi.bindings.filesystem.Types.ErrorCode;
import io.witj.wasi.bindings.filesystem.Types.OpenFlags;
import io.witj.wasi.bindings.filesystem.Types.PathFlags;
import io.witj.wasi.bindings.io.Streams;
import io.witj.wasi.io.HostError;
import io.witj.wasi.io.HostInputStream;
import io.witj.wasi.io.HostOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@code wasi:filesystem/types.descriptor}: an open directory or regular file inside a {@link
 * Sandbox}. Every path an operation names is resolved by the sandbox from this descriptor's
 * directory; every failure is returned as an {@code error-code}, never thrown.
 *
 * <p>Permissions: a read-only grant refuses every change ({@code read-only}); a directory opened
 * without {@code mutate-directory} refuses changes below it and opening files for writing ({@code
 * read-only}); a file opened without {@code read} or {@code write} refuses that ({@code
 * bad-descriptor}).
 */
final class HostDescriptor implements Types.Descriptor {
  /** The most bytes one {@code read} returns, whatever length the guest asks for. */
  static final int MAX_READ = 1 << 20;

  private final Sandbox sandbox;
  private final Path path;
  private final DescriptorType type;
  private final Set<DescriptorFlags> flags;
  private final @Nullable FileChannel channel;
  private final long hashKey;

  private HostDescriptor(
      Sandbox sandbox,
      Path path,
      DescriptorType type,
      Set<DescriptorFlags> flags,
      @Nullable FileChannel channel,
      long hashKey) {
    this.sandbox = sandbox;
    this.path = path;
    this.type = type;
    this.flags = flags.isEmpty() ? EnumSet.noneOf(DescriptorFlags.class) : EnumSet.copyOf(flags);
    this.channel = channel;
    this.hashKey = hashKey;
  }

  /** The descriptor of a granted directory itself. */
  static HostDescriptor root(Sandbox sandbox, long hashKey) {
    Set<DescriptorFlags> flags = EnumSet.of(DescriptorFlags.READ);
    if (sandbox.writable()) {
      flags.add(DescriptorFlags.MUTATE_DIRECTORY);
    }
    return new HostDescriptor(
        sandbox, sandbox.root(), DescriptorType.DIRECTORY, flags, null, hashKey);
  }

  /** Runs {@code operation}, returning an {@link FsError} or I/O failure as the error code. */
  private static <T> Result<T, ErrorCode> attempt(Supplier<T> operation) {
    try {
      return Result.ok(operation.get());
    } catch (FsError e) {
      return Result.err(e.code());
    } catch (java.io.UncheckedIOException e) {
      return Result.err(FsErrors.code(Objects.requireNonNull(e.getCause())));
    } catch (java.nio.channels.NonReadableChannelException
        | java.nio.channels.NonWritableChannelException e) {
      return Result.err(ErrorCode.BAD_DESCRIPTOR);
    }
  }

  private static Result<Void, ErrorCode> run(IoAction action) {
    return attempt(
        () -> {
          try {
            action.run();
          } catch (IOException e) {
            throw FsErrors.of(e);
          }
          return null;
        });
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private interface IoSupplier<T> {
    T get() throws IOException;
  }

  private static <T> T io(IoSupplier<T> supplier) {
    try {
      return supplier.get();
    } catch (IOException e) {
      throw FsErrors.of(e);
    }
  }

  // ---- checks ------------------------------------------------------------------------------

  private FileChannel file(DescriptorFlags needed) {
    if (type == DescriptorType.DIRECTORY) {
      throw new FsError(ErrorCode.IS_DIRECTORY, "a directory");
    }
    if (channel == null || !flags.contains(needed)) {
      throw new FsError(ErrorCode.BAD_DESCRIPTOR, "not opened for " + needed);
    }
    return channel;
  }

  private Path directory() {
    if (type != DescriptorType.DIRECTORY) {
      throw new FsError(ErrorCode.NOT_DIRECTORY, "not a directory");
    }
    return path;
  }

  /** The directory of a change below this descriptor: writable grant and mutate-directory. */
  private Path mutableDirectory() {
    Path dir = directory();
    sandbox.requireWritable();
    if (!flags.contains(DescriptorFlags.MUTATE_DIRECTORY)) {
      throw new FsError(ErrorCode.READ_ONLY, "the directory was opened without mutate-directory");
    }
    return dir;
  }

  private Sandbox.Resolved resolve(String path, boolean follow) {
    return sandbox.resolve(directory(), path, follow);
  }

  private static boolean follow(Set<PathFlags> pathFlags) {
    return pathFlags.contains(PathFlags.SYMLINK_FOLLOW);
  }

  private static HostError error(IOException e) {
    return new HostError(String.valueOf(e.getMessage()), FsErrors.code(e));
  }

  // ---- streams and data --------------------------------------------------------------------

  @Override
  public Result<Streams.InputStream, ErrorCode> readViaStream(long offset) {
    return attempt(
        () ->
            new HostInputStream(
                new ChannelSource(file(DescriptorFlags.READ), offset), HostDescriptor::error));
  }

  @Override
  public Result<Streams.OutputStream, ErrorCode> writeViaStream(long offset) {
    return attempt(
        () ->
            new HostOutputStream(
                new ChannelSink(file(DescriptorFlags.WRITE), offset, false),
                HostDescriptor::error));
  }

  @Override
  public Result<Streams.OutputStream, ErrorCode> appendViaStream() {
    return attempt(
        () ->
            new HostOutputStream(
                new ChannelSink(file(DescriptorFlags.WRITE), 0, true), HostDescriptor::error));
  }

  @Override
  public Result<Void, ErrorCode> advise(long offset, long length, Types.Advice advice) {
    return attempt(
        () -> {
          if (type == DescriptorType.DIRECTORY) {
            throw new FsError(ErrorCode.BAD_DESCRIPTOR, "advice on a directory");
          }
          return null;
        });
  }

  @Override
  public Result<Void, ErrorCode> syncData() {
    return run(
        () -> {
          if (channel != null) {
            channel.force(false);
          }
        });
  }

  @Override
  public Result<Void, ErrorCode> sync() {
    return run(
        () -> {
          if (channel != null) {
            channel.force(true);
          }
        });
  }

  @Override
  public Result<Set<DescriptorFlags>, ErrorCode> getFlags() {
    return Result.ok(
        flags.isEmpty() ? EnumSet.noneOf(DescriptorFlags.class) : EnumSet.copyOf(flags));
  }

  @Override
  public Result<DescriptorType, ErrorCode> getType() {
    return Result.ok(type);
  }

  @Override
  public Result<Void, ErrorCode> setSize(long size) {
    return run(
        () -> {
          FileChannel file = file(DescriptorFlags.WRITE);
          if (size < 0) {
            throw new FsError(ErrorCode.FILE_TOO_LARGE, "size " + Long.toUnsignedString(size));
          }
          long current = file.size();
          if (size < current) {
            file.truncate(size);
          } else if (size > current) {
            file.write(ByteBuffer.allocate(1), size - 1);
          }
        });
  }

  @Override
  public Result<Tuple2<byte[], Boolean>, ErrorCode> read(long length, long offset) {
    return attempt(
        () -> {
          FileChannel file = file(DescriptorFlags.READ);
          if (offset < 0) {
            throw new FsError(ErrorCode.INVALID, "offset " + Long.toUnsignedString(offset));
          }
          int max = Long.compareUnsigned(length, MAX_READ) < 0 ? (int) length : MAX_READ;
          ByteBuffer buffer = ByteBuffer.allocate(max);
          boolean end = false;
          while (buffer.hasRemaining()) {
            int n = io(() -> file.read(buffer, offset + buffer.position()));
            if (n <= 0) {
              end = n < 0;
              break;
            }
          }
          byte[] bytes = java.util.Arrays.copyOf(buffer.array(), buffer.position());
          end = end || offset + bytes.length >= io(file::size);
          return new Tuple2<>(bytes, end);
        });
  }

  @Override
  public Result<Long, ErrorCode> write(byte[] buffer, long offset) {
    return attempt(
        () -> {
          FileChannel file = file(DescriptorFlags.WRITE);
          if (offset < 0) {
            throw new FsError(ErrorCode.INVALID, "offset " + Long.toUnsignedString(offset));
          }
          ByteBuffer bytes = ByteBuffer.wrap(buffer);
          while (bytes.hasRemaining()) {
            io(() -> file.write(bytes, offset + bytes.position()));
          }
          return (long) buffer.length;
        });
  }

  // ---- directories -------------------------------------------------------------------------

  @Override
  public Result<Types.DirectoryEntryStream, ErrorCode> readDirectory() {
    return attempt(
        () -> {
          Path dir = directory();
          sandbox.checkInside(dir);
          return DirectoryEntries.of(dir);
        });
  }

  @Override
  public Result<Void, ErrorCode> createDirectoryAt(String path) {
    return run(
        () -> {
          mutableDirectory();
          Sandbox.Resolved r = resolve(path, false);
          if (r.name() == null) {
            throw new FsError(ErrorCode.EXIST, path + " exists");
          }
          Files.createDirectory(r.path());
        });
  }

  @Override
  public Result<Types.DescriptorStat, ErrorCode> stat() {
    return attempt(() -> Metadata.of(path).stat());
  }

  @Override
  public Result<Types.DescriptorStat, ErrorCode> statAt(Set<PathFlags> pathFlags, String path) {
    return attempt(() -> existing(resolve(path, follow(pathFlags))).stat());
  }

  /** The metadata of a resolved path that must exist (a directory if it ended with {@code /}). */
  private static Metadata existing(Sandbox.Resolved r) {
    Metadata m = Metadata.of(r.path());
    if (r.directoryRequired() && m.type() != DescriptorType.DIRECTORY) {
      throw new FsError(ErrorCode.NOT_DIRECTORY, r.path().getFileName() + " is no directory");
    }
    return m;
  }

  @Override
  public Result<Void, ErrorCode> setTimes(
      Types.NewTimestamp dataAccessTimestamp, Types.NewTimestamp dataModificationTimestamp) {
    return run(() -> setTimes(path, false, dataAccessTimestamp, dataModificationTimestamp));
  }

  @Override
  public Result<Void, ErrorCode> setTimesAt(
      Set<PathFlags> pathFlags,
      String path,
      Types.NewTimestamp dataAccessTimestamp,
      Types.NewTimestamp dataModificationTimestamp) {
    return run(
        () -> {
          mutableDirectory();
          Sandbox.Resolved r = resolve(path, follow(pathFlags));
          existing(r);
          setTimes(r.path(), true, dataAccessTimestamp, dataModificationTimestamp);
        });
  }

  private void setTimes(
      Path target, boolean noFollow, Types.NewTimestamp access, Types.NewTimestamp modification)
      throws IOException {
    sandbox.requireWritable();
    BasicFileAttributeView view =
        noFollow
            ? Files.getFileAttributeView(
                target, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            : Files.getFileAttributeView(target, BasicFileAttributeView.class);
    view.setTimes(fileTime(modification), fileTime(access), null);
  }

  private static @Nullable FileTime fileTime(Types.NewTimestamp timestamp) {
    if (timestamp instanceof Types.NewTimestamp.Now) {
      return FileTime.from(Instant.now());
    }
    if (timestamp instanceof Types.NewTimestamp.Timestamp t) {
      return FileTime.from(
          Instant.ofEpochSecond(
              t.value().seconds(), Integer.toUnsignedLong(t.value().nanoseconds())));
    }
    return null;
  }

  @Override
  public Result<Void, ErrorCode> linkAt(
      Set<PathFlags> oldPathFlags, String oldPath, Types.Descriptor newDescriptor, String newPath) {
    return run(
        () -> {
          mutableDirectory();
          HostDescriptor target = (HostDescriptor) newDescriptor;
          target.mutableDirectory();
          Sandbox.Resolved from = resolve(oldPath, follow(oldPathFlags));
          Sandbox.Resolved to = target.resolve(newPath, false);
          Metadata source = existing(from);
          if (source.type() == DescriptorType.DIRECTORY) {
            throw new FsError(ErrorCode.NOT_PERMITTED, "hard link to a directory");
          }
          if (from.directoryRequired()) {
            throw new FsError(ErrorCode.NOT_DIRECTORY, oldPath + " is no directory");
          }
          if (to.name() == null || to.directoryRequired()) {
            // a new name with a trailing slash could only name a directory, which a link is not
            boolean exists = to.name() == null || Metadata.typeOrNull(to.path()) != null;
            throw new FsError(exists ? ErrorCode.EXIST : ErrorCode.NO_ENTRY, newPath);
          }
          Files.createLink(to.path(), from.path());
        });
  }

  @Override
  public Result<Types.Descriptor, ErrorCode> openAt(
      Set<PathFlags> pathFlags, String path, Set<OpenFlags> openFlags, Set<DescriptorFlags> flags) {
    return attempt(() -> open(pathFlags, path, openFlags, flags));
  }

  private Types.Descriptor open(
      Set<PathFlags> pathFlags, String name, Set<OpenFlags> open, Set<DescriptorFlags> wanted) {
    Path dir = directory();
    boolean writes =
        wanted.contains(DescriptorFlags.WRITE)
            || wanted.contains(DescriptorFlags.MUTATE_DIRECTORY)
            || open.contains(OpenFlags.CREATE)
            || open.contains(OpenFlags.TRUNCATE);
    if (writes) {
      sandbox.requireWritable();
      if (!flags.contains(DescriptorFlags.MUTATE_DIRECTORY)) {
        throw new FsError(ErrorCode.READ_ONLY, "the directory was opened without mutate-directory");
      }
    }
    Sandbox.Resolved r = sandbox.resolve(dir, name, follow(pathFlags));
    Path target = r.path();
    DescriptorType existing = Metadata.typeOrNull(target);
    if (existing != null && open.contains(OpenFlags.CREATE) && open.contains(OpenFlags.EXCLUSIVE)) {
      throw new FsError(ErrorCode.EXIST, name + " exists");
    }
    if (existing == DescriptorType.SYMBOLIC_LINK) {
      throw new FsError(ErrorCode.LOOP, name + " is a symbolic link and is not followed");
    }
    if (existing == null) {
      if (!open.contains(OpenFlags.CREATE)) {
        throw new FsError(ErrorCode.NO_ENTRY, "no " + name);
      }
      if (open.contains(OpenFlags.DIRECTORY)) {
        throw new FsError(ErrorCode.INVALID, "create and directory together");
      }
      if (r.directoryRequired() || r.name() == null) {
        throw new FsError(ErrorCode.IS_DIRECTORY, name + " names a directory");
      }
    }
    if (existing == DescriptorType.DIRECTORY) {
      if (wanted.contains(DescriptorFlags.WRITE) || open.contains(OpenFlags.TRUNCATE)) {
        throw new FsError(ErrorCode.IS_DIRECTORY, name + " is a directory");
      }
      sandbox.checkInside(target);
      // a directory has the permissions of the one it was opened from (as wasmtime's do)
      Set<DescriptorFlags> granted = EnumSet.of(DescriptorFlags.READ);
      if (flags.contains(DescriptorFlags.MUTATE_DIRECTORY)) {
        granted.add(DescriptorFlags.MUTATE_DIRECTORY);
      }
      return new HostDescriptor(sandbox, target, DescriptorType.DIRECTORY, granted, null, hashKey);
    }
    if (existing != null && existing != DescriptorType.REGULAR_FILE) {
      throw new FsError(ErrorCode.NOT_PERMITTED, name + " is a " + existing);
    }
    if (open.contains(OpenFlags.DIRECTORY) || r.directoryRequired()) {
      throw new FsError(ErrorCode.NOT_DIRECTORY, name + " is no directory");
    }
    Set<OpenOption> options = new HashSet<>();
    options.add(LinkOption.NOFOLLOW_LINKS);
    if (wanted.contains(DescriptorFlags.READ) || !wanted.contains(DescriptorFlags.WRITE)) {
      options.add(StandardOpenOption.READ);
    }
    if (wanted.contains(DescriptorFlags.WRITE)) {
      options.add(StandardOpenOption.WRITE);
    }
    if (existing == null) {
      options.add(StandardOpenOption.CREATE_NEW);
      options.add(StandardOpenOption.WRITE);
    }
    FileChannel file = io(() -> FileChannel.open(target, options));
    if (open.contains(OpenFlags.TRUNCATE)) {
      io(() -> file.truncate(0));
    }
    Set<DescriptorFlags> granted = new HashSet<>(wanted);
    granted.remove(DescriptorFlags.MUTATE_DIRECTORY);
    return new HostDescriptor(sandbox, target, DescriptorType.REGULAR_FILE, granted, file, hashKey);
  }

  @Override
  public Result<String, ErrorCode> readlinkAt(String path) {
    return attempt(
        () -> {
          Sandbox.Resolved r = resolve(path, false);
          if (r.name() == null || !Files.isSymbolicLink(r.path())) {
            throw new FsError(ErrorCode.INVALID, path + " is no symbolic link");
          }
          return io(() -> Files.readSymbolicLink(r.path())).toString();
        });
  }

  @Override
  public Result<Void, ErrorCode> removeDirectoryAt(String path) {
    return run(
        () -> {
          mutableDirectory();
          Sandbox.Resolved r = resolve(path, false);
          if (r.name() == null) {
            throw new FsError(ErrorCode.INVALID, "cannot remove " + path);
          }
          if (Metadata.of(r.path()).type() != DescriptorType.DIRECTORY) {
            throw new FsError(ErrorCode.NOT_DIRECTORY, path + " is no directory");
          }
          Files.delete(r.path());
        });
  }

  @Override
  public Result<Void, ErrorCode> renameAt(
      String oldPath, Types.Descriptor newDescriptor, String newPath) {
    return run(
        () -> {
          mutableDirectory();
          HostDescriptor target = (HostDescriptor) newDescriptor;
          target.mutableDirectory();
          Sandbox.Resolved from = resolve(oldPath, false);
          Sandbox.Resolved to = target.resolve(newPath, false);
          if (from.name() == null || to.name() == null) {
            throw new FsError(ErrorCode.BUSY, "cannot rename a directory to or from itself");
          }
          Metadata source = Metadata.of(from.path());
          if ((from.directoryRequired() || to.directoryRequired())
              && source.type() != DescriptorType.DIRECTORY) {
            throw new FsError(ErrorCode.NOT_DIRECTORY, oldPath + " is no directory");
          }
          Files.move(from.path(), to.path(), StandardCopyOption.ATOMIC_MOVE);
        });
  }

  @Override
  public Result<Void, ErrorCode> symlinkAt(String oldPath, String newPath) {
    return run(
        () -> {
          mutableDirectory();
          if (oldPath.startsWith("/")) {
            throw new FsError(ErrorCode.NOT_PERMITTED, "absolute symbolic link " + oldPath);
          }
          Sandbox.Resolved r = resolve(newPath, false);
          if (r.name() == null) {
            throw new FsError(ErrorCode.EXIST, newPath + " exists");
          }
          if (r.directoryRequired()) {
            throw new FsError(
                Metadata.typeOrNull(r.path()) == null ? ErrorCode.NO_ENTRY : ErrorCode.EXIST,
                newPath);
          }
          Files.createSymbolicLink(r.path(), Path.of(oldPath));
        });
  }

  @Override
  public Result<Void, ErrorCode> unlinkFileAt(String path) {
    return run(
        () -> {
          mutableDirectory();
          Sandbox.Resolved r = resolve(path, false);
          if (r.name() == null) {
            throw new FsError(ErrorCode.IS_DIRECTORY, path + " is a directory");
          }
          DescriptorType type = Metadata.of(r.path()).type();
          if (type == DescriptorType.DIRECTORY) {
            throw new FsError(ErrorCode.IS_DIRECTORY, path + " is a directory");
          }
          if (r.directoryRequired()) {
            throw new FsError(ErrorCode.NOT_DIRECTORY, path + " is no directory");
          }
          Files.delete(r.path());
        });
  }

  @Override
  public boolean isSameObject(Types.Descriptor other) {
    HostDescriptor that = (HostDescriptor) other;
    try {
      Metadata a = Metadata.of(path);
      Metadata b = Metadata.of(that.path);
      return a.device() == b.device() && a.inode() == b.inode();
    } catch (FsError e) {
      return false;
    }
  }

  @Override
  public Result<Types.MetadataHashValue, ErrorCode> metadataHash() {
    return attempt(() -> Metadata.of(path).hash(hashKey));
  }

  @Override
  public Result<Types.MetadataHashValue, ErrorCode> metadataHashAt(
      Set<PathFlags> pathFlags, String path) {
    return attempt(() -> existing(resolve(path, follow(pathFlags))).hash(hashKey));
  }

  @Override
  public void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // the guest dropped the descriptor: nothing to report to
      }
    }
  }
}
