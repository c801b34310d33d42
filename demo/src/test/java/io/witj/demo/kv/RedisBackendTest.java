package io.witj.demo.kv;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.demo.testing.RedisServer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The key/value contract over {@code redis://} against a real {@code redis-server} started on a
 * random loopback port; how keys are laid out in Redis; SCAN over many keys.
 */
class RedisBackendTest extends KeyValueContract {
  private static RedisServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = RedisServer.start();
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Override
  KeyValueBackend newBackend() {
    return KeyValueBackends.open(server.url());
  }

  @Test
  void keysAreStoreColonKey() throws Exception {
    try (KeyValueBackend backend = newBackend()) {
      backend.open("layout").set("the-key", bytes("v"));
      backend.open("with:colon%").set("k", bytes("v"));
    }
    assertThat(server.command("EXISTS layout:the-key")).isEqualTo(":1");
    assertThat(server.command("EXISTS with%3Acolon%25:k")).isEqualTo(":1");
  }

  @Test
  void keysScansEveryPage() throws Exception {
    try (KeyValueBackend backend = newBackend()) {
      KeyValueStore s = backend.open("many");
      Set<String> expected = new HashSet<>();
      for (int i = 0; i < 1500; i++) {
        s.set("key-" + i, bytes("" + i));
        expected.add("key-" + i);
      }
      backend.open("many-other").set("not-mine", bytes("x"));
      assertThat(new HashSet<>(s.keys())).isEqualTo(expected);
      assertThat(s.keys()).hasSize(1500);
    }
  }

  @Test
  void databaseNumberSelectsTheDatabase() throws Exception {
    try (KeyValueBackend db1 = KeyValueBackends.open(server.url() + "/1");
        KeyValueBackend db0 = newBackend()) {
      db1.open("db").set("k", bytes("in 1"));
      assertThat(db0.open("db").exists("k")).isFalse();
      assertThat(db1.open("db").get("k").orElseThrow()).isEqualTo(bytes("in 1"));
    }
  }

  @Test
  void wrongDatabaseIsAnErrorNotAnException() {
    try (KeyValueBackend backend = KeyValueBackends.open(server.url() + "/99999")) {
      KeyValueException e = assertThrows(KeyValueException.class, () -> backend.open("s").get("k"));
      assertThat(e).hasMessageThat().contains("DB index is out of range");
    }
  }
}
