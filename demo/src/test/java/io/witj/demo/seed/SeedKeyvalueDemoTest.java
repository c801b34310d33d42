package io.witj.demo.seed;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.GuestFlavours;
import io.witj.demo.guest.GuestRun;
import io.witj.demo.guest.KeyvalueGuest;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueBackends;
import io.witj.demo.kv.KeyValueStore;
import io.witj.demo.kv.MemoryBackend;
import io.witj.demo.testing.RedisServer;
import io.witj.demo.testing.WrappingBackend;
import io.witj.runtime.WitTrapException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed's {@code keyvalue-demo.wasm} (2023, wit-bindgen 0.2) run by the demo host, recognized by
 * its imports, against every backend: its {@code main} returns 0 only if the host's {@code delete}
 * really deletes (its own final check panics otherwise).
 */
class SeedKeyvalueDemoTest {
  private static final GuestRun SUCCESS = new GuestRun(true, "the guest's main returned 0\n");

  @TempDir Path dir;

  private static KeyvalueGuest guest(Engine engine) {
    return GuestFlavours.keyvalueGuest(SeedGuests.load(SeedGuests.KEYVALUE, engine));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void memory(Engine engine) {
    try (KeyValueBackend backend = KeyValueBackends.open("memory:")) {
      assertThat(guest(engine).run(backend, List.of())).isEqualTo(SUCCESS);
      assertThat(guest(engine).run(backend, List.of())).isEqualTo(SUCCESS);
    }
  }

  @Test
  void file() throws Exception {
    try (KeyValueBackend backend = KeyValueBackends.open("file:" + dir)) {
      assertThat(guest(Engine.INTERPRETER).run(backend, List.of())).isEqualTo(SUCCESS);
      assertThat(backend.open("my-container").keys()).isEmpty();
      assertThat(backend.open("my-container2").keys()).isEmpty();
    }
  }

  @Test
  void redis() throws Exception {
    try (RedisServer server = RedisServer.start();
        KeyValueBackend backend = KeyValueBackends.open(server.url())) {
      assertThat(guest(Engine.INTERPRETER).run(backend, List.of())).isEqualTo(SUCCESS);
      assertThat(server.command("DBSIZE")).isEqualTo(":0");
    }
  }

  @Test
  void aDeleteThatDoesNotDeleteMakesTheGuestPanic() {
    KeyValueBackend forgetful =
        new WrappingBackend(new MemoryBackend()) {
          @Override
          protected void delete(KeyValueStore store, String key) {}
        };
    WitTrapException trap =
        assertThrows(
            WitTrapException.class, () -> guest(Engine.INTERPRETER).run(forgetful, List.of()));
    assertThat(trap).hasMessageThat().contains("unreachable");
  }

  @Test
  void theHttpGuestIsNotAKeyvalueGuest() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GuestFlavours.keyvalueGuest(SeedGuests.load(SeedGuests.HTTP, Engine.INTERPRETER)));
    assertThat(e)
        .hasMessageThat()
        .contains(
            "wit-bindgen 0.2 (Spiderlightning 2023) guests export main, importing"
                + " keyvalue.keyvalue::open (keyvalue) or http-server.server::serve (http)");
  }
}
