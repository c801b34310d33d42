package io.witj.demo.kv;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores in a directory ({@code file:DIR}): one subdirectory per store, one file per key whose
 * content is the value. Names are encoded by {@link FileNames}; a value is written to a temporary
 * file first and moved into place, so a reader never sees half a value.
 */
public final class FileBackend implements KeyValueBackend {
  private static final char STORE_PREFIX = 's';
  private static final char KEY_PREFIX = 'k';

  private final Path root;

  /** Stores below {@code root}, which is created when missing. */
  public FileBackend(Path root) {
    this.root = root;
  }

  @Override
  public KeyValueStore open(String name) throws KeyValueException {
    String dirName =
        FileNames.encode(STORE_PREFIX, name)
            .orElseThrow(() -> tooLong("store name", FileNames.MAX_LENGTH));
    Path dir = root.resolve(dirName);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw io("cannot create store directory " + dir, e);
    }
    return new Store(name, dir);
  }

  @Override
  public String describe() {
    return "file:" + root;
  }

  @Override
  public void close() {}

  private static KeyValueException tooLong(String what, int max) {
    return new KeyValueException(
        KeyValueException.Kind.OTHER,
        what + " too long for the file backend (more than " + max + " bytes as a file name)");
  }

  private static KeyValueException io(String what, IOException e) {
    return new KeyValueException(KeyValueException.Kind.IO, what + ": " + e, e);
  }

  private static final class Store implements KeyValueStore {
    private final String name;
    private final Path dir;

    Store(String name, Path dir) {
      this.name = name;
      this.dir = dir;
    }

    @Override
    public String name() {
      return name;
    }

    private Path file(String key) throws KeyValueException {
      return dir.resolve(
          FileNames.encode(KEY_PREFIX, key)
              .orElseThrow(() -> tooLong("key", FileNames.MAX_LENGTH)));
    }

    @Override
    public Optional<byte[]> get(String key) throws KeyValueException {
      Path file = file(key);
      try {
        return Optional.of(Files.readAllBytes(file));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw io("cannot read " + file, e);
      }
    }

    @Override
    public void set(String key, byte[] value) throws KeyValueException {
      Path file = file(key);
      Path temp = null;
      try {
        temp = Files.createTempFile(dir, ".set-", ".tmp");
        Files.write(temp, value);
        try {
          Files.move(
              temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw io("cannot write " + file, e);
      } finally {
        if (temp != null) {
          try {
            Files.deleteIfExists(temp);
          } catch (IOException e) {
            // a leftover temporary file is skipped by keys() and harmless
          }
        }
      }
    }

    @Override
    public void delete(String key) throws KeyValueException {
      Path file = file(key);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw io("cannot delete " + file, e);
      }
    }

    @Override
    public boolean exists(String key) throws KeyValueException {
      return Files.isRegularFile(file(key));
    }

    @Override
    public List<String> keys() throws KeyValueException {
      List<String> keys = new ArrayList<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
        for (Path file : files) {
          FileNames.decode(KEY_PREFIX, file.getFileName().toString()).ifPresent(keys::add);
        }
      } catch (IOException e) {
        throw io("cannot list " + dir, e);
      }
      return keys;
    }
  }
}
