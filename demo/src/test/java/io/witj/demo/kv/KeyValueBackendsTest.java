package io.witj.demo.kv;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Key/value URLs: each form, and clear messages for bad ones. */
class KeyValueBackendsTest {
  @Test
  void forms() {
    try (KeyValueBackend memory = KeyValueBackends.open("memory:")) {
      assertThat(memory).isInstanceOf(MemoryBackend.class);
    }
    try (KeyValueBackend file = KeyValueBackends.open("file:/tmp/witj-kv-test")) {
      assertThat(file.describe()).isEqualTo("file:/tmp/witj-kv-test");
    }
    try (KeyValueBackend file = KeyValueBackends.open("file:///tmp/witj-kv-test")) {
      assertThat(file.describe()).isEqualTo("file:/tmp/witj-kv-test");
    }
    try (KeyValueBackend redis = KeyValueBackends.open("redis://localhost:6379")) {
      assertThat(redis.describe()).isEqualTo("redis://localhost:6379");
    }
  }

  @Test
  void redisSettings() {
    RedisBackend.Settings s = KeyValueBackends.redisSettings("redis://me:p%40ss+@h:7000/3");
    assertThat(s.host()).isEqualTo("h");
    assertThat(s.port()).isEqualTo(7000);
    assertThat(s.user()).isEqualTo("me");
    assertThat(s.password()).isEqualTo("p@ss+");
    assertThat(s.database()).isEqualTo(3);
    RedisBackend.Settings plain = KeyValueBackends.redisSettings("redis://:pw@h:1");
    assertThat(plain.user()).isNull();
    assertThat(plain.password()).isEqualTo("pw");
  }

  @Test
  void badUrls() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> KeyValueBackends.open("mem")))
        .hasMessageThat()
        .isEqualTo(
            "unknown key/value URL 'mem': use memory:, file:DIR or"
                + " redis://[user:password@]host:port[/db]");
    assertThat(assertThrows(IllegalArgumentException.class, () -> KeyValueBackends.open("file:")))
        .hasMessageThat()
        .contains("names no directory");
    assertThat(
            assertThrows(
                IllegalArgumentException.class, () -> KeyValueBackends.open("redis://host")))
        .hasMessageThat()
        .contains("needs a host and a port");
    assertThat(
            assertThrows(
                IllegalArgumentException.class, () -> KeyValueBackends.open("redis://h:1/x")))
        .hasMessageThat()
        .contains("database number");
  }
}
