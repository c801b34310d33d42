package io.witj.demo.kv;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.demo.testing.RedisServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Redis failures become {@link KeyValueException}s of the matching kind, never another exception
 * and never a hang: wrong or missing credentials, a server that does not answer, no server, and a
 * server that dies while in use.
 */
class RedisFailuresTest {
  private static KeyValueException.Kind kindOf(KeyValueBackend backend) {
    KeyValueException e = assertThrows(KeyValueException.class, () -> backend.open("s").get("key"));
    return e.kind();
  }

  @Test
  void credentials() throws Exception {
    try (RedisServer server = RedisServer.start("--requirepass", "s3cret")) {
      String base = "127.0.0.1:" + server.port();
      try (KeyValueBackend none = KeyValueBackends.open("redis://" + base)) {
        assertThat(kindOf(none)).isEqualTo(KeyValueException.Kind.AUTHENTICATION);
      }
      try (KeyValueBackend wrong = KeyValueBackends.open("redis://:wrong@" + base)) {
        assertThat(kindOf(wrong)).isEqualTo(KeyValueException.Kind.AUTHENTICATION);
      }
      try (KeyValueBackend right = KeyValueBackends.open("redis://:s3cret@" + base)) {
        KeyValueStore s = right.open("s");
        s.set("key", "v".getBytes(StandardCharsets.UTF_8));
        assertThat(s.keys()).containsExactly("key");
      }
    }
  }

  @Test
  void serverThatNeverAnswersIsATimeout() throws Exception {
    List<Socket> accepted = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(silent.accept());
                  }
                } catch (Exception e) {
                  // closed
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      RedisBackend.Settings settings =
          new RedisBackend.Settings(
              "127.0.0.1", silent.getLocalPort(), null, null, 0, Duration.ofMillis(300), 2);
      try (KeyValueBackend backend = new RedisBackend(settings)) {
        long start = System.nanoTime();
        assertThat(kindOf(backend)).isEqualTo(KeyValueException.Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      }
    } finally {
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  @Test
  void noServerIsAConnectionError() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    try (KeyValueBackend backend = KeyValueBackends.open("redis://127.0.0.1:" + port)) {
      KeyValueException e =
          assertThrows(KeyValueException.class, () -> backend.open("s").set("k", new byte[1]));
      assertThat(e.kind()).isEqualTo(KeyValueException.Kind.CONNECTION);
      assertThat(e).hasMessageThat().contains("redis://127.0.0.1:" + port);
    }
  }

  @Test
  void serverThatDiesGivesConnectionErrors() throws Exception {
    try (RedisServer server = RedisServer.start();
        KeyValueBackend backend = KeyValueBackends.open(server.url())) {
      KeyValueStore s = backend.open("s");
      s.set("key", new byte[] {1});
      assertThat(s.exists("key")).isTrue();
      server.kill();
      for (int i = 0; i < 3; i++) {
        KeyValueException e = assertThrows(KeyValueException.class, () -> s.get("key"));
        assertThat(e.kind()).isEqualTo(KeyValueException.Kind.CONNECTION);
      }
      KeyValueException e = assertThrows(KeyValueException.class, s::keys);
      assertThat(e.kind()).isEqualTo(KeyValueException.Kind.CONNECTION);
    }
  }
}
