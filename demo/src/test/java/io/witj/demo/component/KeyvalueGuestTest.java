package io.witj.demo.component;

import static com.google.common.truth.Truth.assertThat;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.GuestFlavours;
import io.witj.demo.guest.GuestRun;
import io.witj.demo.guest.KeyvalueGuest;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueBackends;
import io.witj.demo.kv.KeyValueException;
import io.witj.demo.kv.KeyValueStore;
import io.witj.demo.kv.MemoryBackend;
import io.witj.demo.testing.DemoGuests;
import io.witj.demo.testing.RedisServer;
import io.witj.demo.testing.WrappingBackend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The C keyvalue guest against every backend, with the interpreter and the compiler; wrong values
 * and failing backends make it report a failure, not pass.
 */
class KeyvalueGuestTest {
  static final String EXPECTED =
      "The value for keyvalue1 is: spiderlightning, keyvalue2 is spiderlightning\n"
          + "keyvalue demo: deleted `key` from both stores, success\n";

  @TempDir Path dir;

  private static KeyvalueGuest guest(Engine engine) {
    return GuestFlavours.keyvalueGuest(DemoGuests.load(DemoGuests.KEYVALUE_C, engine));
  }

  private static GuestRun run(KeyValueBackend backend) {
    return guest(Engine.INTERPRETER).run(backend, List.of());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void memory(Engine engine) {
    try (KeyValueBackend backend = KeyValueBackends.open("memory:")) {
      assertThat(guest(engine).run(backend, List.of())).isEqualTo(new GuestRun(true, EXPECTED));
    }
  }

  @Test
  void file() throws Exception {
    try (KeyValueBackend backend = KeyValueBackends.open("file:" + dir)) {
      assertThat(run(backend)).isEqualTo(new GuestRun(true, EXPECTED));
      assertThat(backend.open("my-container").keys()).isEmpty();
      assertThat(run(backend)).isEqualTo(new GuestRun(true, EXPECTED));
    }
  }

  @Test
  void redis() throws Exception {
    try (RedisServer server = RedisServer.start();
        KeyValueBackend backend = KeyValueBackends.open(server.url())) {
      assertThat(run(backend)).isEqualTo(new GuestRun(true, EXPECTED));
      assertThat(server.command("DBSIZE")).isEqualTo(":0");
    }
  }

  @Test
  void aWrongValueIsAFailure() {
    KeyValueBackend corrupting =
        new WrappingBackend(new MemoryBackend()) {
          @Override
          protected Optional<byte[]> get(KeyValueStore store, String key) throws KeyValueException {
            return store.get(key).map(v -> "spiderdarkness".getBytes(StandardCharsets.UTF_8));
          }
        };
    GuestRun run = run(corrupting);
    assertThat(run.success()).isFalse();
    assertThat(run.output()).isEqualTo("get: expected `spiderlightning`, found `spiderdarkness`");
  }

  @Test
  void aDeleteThatDoesNotDeleteIsAFailure() {
    KeyValueBackend forgetful =
        new WrappingBackend(new MemoryBackend()) {
          @Override
          protected void delete(KeyValueStore store, String key) {}
        };
    assertThat(run(forgetful))
        .isEqualTo(new GuestRun(false, "get: `key` still has a value after delete"));
  }

  @Test
  void backendErrorsReachTheGuestAsErrorCases() {
    KeyValueBackend down =
        new WrappingBackend(new MemoryBackend()) {
          @Override
          protected void set(KeyValueStore store, String key, byte[] value)
              throws KeyValueException {
            throw new KeyValueException(KeyValueException.Kind.TIMEOUT, "no answer in 2 s");
          }
        };
    assertThat(run(down)).isEqualTo(new GuestRun(false, "set: timeout: no answer in 2 s"));
  }
}
