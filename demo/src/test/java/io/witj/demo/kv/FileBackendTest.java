package io.witj.demo.kv;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key/value contract over {@code file:DIR}, and where its files go. */
class FileBackendTest extends KeyValueContract {
  @TempDir Path dir;

  @Override
  KeyValueBackend newBackend() {
    return KeyValueBackends.open("file:" + dir.resolve("kv"));
  }

  @Test
  void everyFileStaysInItsStoreDirectory() throws Exception {
    try (KeyValueBackend backend = newBackend()) {
      KeyValueStore s = backend.open("../outside");
      s.set("../../escape", bytes("x"));
      s.set("", bytes("empty"));
    }
    Path root = dir.resolve("kv");
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(
              all.filter(Files::isRegularFile)
                  .allMatch(p -> p.getParent().getParent().equals(root)))
          .isTrue();
    }
    try (Stream<Path> stores = Files.list(root)) {
      assertThat(stores.map(p -> p.getFileName().toString())).containsExactly("s%2E%2E%2Foutside");
    }
  }

  @Test
  void namesRoundTrip() {
    for (String name : new String[] {"", "..", "a/b", "ключ", "%", "k%41", "x y"}) {
      String file = FileNames.encode('k', name).orElseThrow();
      assertThat(file).matches("k[A-Za-z0-9_%-]*");
      assertThat(FileNames.decode('k', file)).hasValue(name);
    }
    assertThat(FileNames.decode('k', ".set-123.tmp")).isEmpty();
    assertThat(FileNames.decode('k', "k%4")).isEmpty();
  }

  @Test
  void tooLongKeyIsAnError() throws Exception {
    try (KeyValueBackend backend = newBackend()) {
      KeyValueStore s = backend.open("s");
      KeyValueException e =
          assertThrows(KeyValueException.class, () -> s.set("ж".repeat(100), bytes("v")));
      assertThat(e.kind()).isEqualTo(KeyValueException.Kind.OTHER);
      assertThat(e).hasMessageThat().contains("too long");
    }
  }

  @Test
  void unwritableDirectoryIsAnIoError() throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "not a directory");
    try (KeyValueBackend backend = KeyValueBackends.open("file:" + file)) {
      KeyValueException e = assertThrows(KeyValueException.class, () -> backend.open("s"));
      assertThat(e.kind()).isEqualTo(KeyValueException.Kind.IO);
    }
  }
}
