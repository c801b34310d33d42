package io.witj.demo.kv;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The contract every {@link KeyValueBackend} keeps, run over each backend by a subclass. Every test
 * uses stores named after itself, so backends that persist (files, Redis) need no cleaning.
 */
abstract class KeyValueContract {
  private KeyValueBackend backend;
  private String prefix;

  /** A fresh backend for one test. */
  abstract KeyValueBackend newBackend() throws Exception;

  @BeforeEach
  void open(TestInfo test) throws Exception {
    backend = newBackend();
    prefix = getClass().getSimpleName() + "." + test.getTestMethod().orElseThrow().getName() + ".";
  }

  @AfterEach
  void close() {
    backend.close();
  }

  KeyValueStore store(String name) throws KeyValueException {
    return backend.open(prefix + name);
  }

  static byte[] bytes(String s) {
    return s.getBytes(UTF_8);
  }

  @Test
  void setGetDelete() throws Exception {
    KeyValueStore s = store("s");
    s.set("key", bytes("spiderlightning"));
    assertThat(s.get("key").orElseThrow()).isEqualTo(bytes("spiderlightning"));
    assertThat(s.exists("key")).isTrue();
    s.delete("key");
    assertThat(s.get("key")).isEmpty();
    assertThat(s.exists("key")).isFalse();
    assertThat(s.keys()).isEmpty();
  }

  @Test
  void missingKey() throws Exception {
    KeyValueStore s = store("s");
    assertThat(s.get("nothing")).isEqualTo(Optional.empty());
    assertThat(s.exists("nothing")).isFalse();
    assertThat(s.keys()).isEmpty();
  }

  @Test
  void overwrite() throws Exception {
    KeyValueStore s = store("s");
    s.set("key", bytes("first, and longer"));
    s.set("key", bytes("second"));
    assertThat(s.get("key").orElseThrow()).isEqualTo(bytes("second"));
    assertThat(s.keys()).containsExactly("key");
  }

  @Test
  void twoKeysListed() throws Exception {
    KeyValueStore s = store("s");
    s.set("a", bytes("1"));
    s.set("b", bytes("2"));
    assertThat(s.keys()).containsExactly("a", "b");
  }

  @Test
  void namesIsolated() throws Exception {
    KeyValueStore one = store("one");
    KeyValueStore two = store("two");
    one.set("key", bytes("in one"));
    assertThat(two.get("key")).isEmpty();
    assertThat(two.keys()).isEmpty();
    two.set("key", bytes("in two"));
    assertThat(one.get("key").orElseThrow()).isEqualTo(bytes("in one"));
    two.delete("key");
    assertThat(one.exists("key")).isTrue();
  }

  @Test
  void namesThatLookLikePrefixesAreIsolated() throws Exception {
    KeyValueStore ab = store("a:b");
    KeyValueStore a = store("a");
    a.set("b:c", bytes("a / b:c"));
    ab.set("c", bytes("a:b / c"));
    assertThat(a.keys()).containsExactly("b:c");
    assertThat(ab.keys()).containsExactly("c");
    assertThat(a.get("b:c").orElseThrow()).isEqualTo(bytes("a / b:c"));
    KeyValueStore glob = store("*");
    glob.set("k", bytes("glob"));
    assertThat(store("x").keys()).isEmpty();
    assertThat(glob.keys()).containsExactly("k");
  }

  @Test
  void sameNameShared() throws Exception {
    KeyValueStore first = store("shared");
    KeyValueStore second = store("shared");
    first.set("key", bytes("v"));
    assertThat(second.get("key").orElseThrow()).isEqualTo(bytes("v"));
    second.delete("key");
    assertThat(first.exists("key")).isFalse();
  }

  @Test
  void emptyValueIsNotAMissingKey() throws Exception {
    KeyValueStore s = store("s");
    s.set("empty", new byte[0]);
    assertThat(s.get("empty").orElseThrow()).isEmpty();
    assertThat(s.exists("empty")).isTrue();
    assertThat(s.keys()).containsExactly("empty");
  }

  @Test
  void awkwardKeys() throws Exception {
    KeyValueStore s = store("s");
    String[] keys = {
      "a/b", "/", "..", "../../etc/passwd", ".", "", "ключ", "日本語", "🔑 key", "%41", "a\\b", "*"
    };
    for (String key : keys) {
      s.set(key, bytes("value of " + key));
    }
    for (String key : keys) {
      assertThat(s.get(key).orElseThrow()).isEqualTo(bytes("value of " + key));
    }
    assertThat(s.keys()).containsExactlyElementsIn(keys);
    s.delete("..");
    assertThat(s.exists("..")).isFalse();
    assertThat(s.exists("../../etc/passwd")).isTrue();
  }

  @Test
  void awkwardStoreNames() throws Exception {
    for (String name : new String[] {"..", "a/b", "", "名前", "%3A"}) {
      KeyValueStore s = store(name);
      s.set("k", bytes(name));
      assertThat(store(name).get("k").orElseThrow()).isEqualTo(bytes(name));
    }
  }

  @Test
  void oneMebibyteValue() throws Exception {
    byte[] value = new byte[1 << 20];
    new Random(12).nextBytes(value);
    KeyValueStore s = store("s");
    s.set("big", value);
    assertThat(s.get("big").orElseThrow()).isEqualTo(value);
  }

  @Test
  void deleteOfMissingKeyIsNoError() throws Exception {
    KeyValueStore s = store("s");
    s.delete("never-set");
    assertThat(s.exists("never-set")).isFalse();
  }

  @Test
  void valuesAreCopied() throws Exception {
    KeyValueStore s = store("s");
    byte[] value = bytes("original");
    s.set("key", value);
    value[0] = 'X';
    byte[] read = s.get("key").orElseThrow();
    read[1] = 'Y';
    assertThat(s.get("key").orElseThrow()).isEqualTo(bytes("original"));
  }
}
