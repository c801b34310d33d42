package io.witj.maven;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  @Test
  void equalInputsGiveEqualFingerprints() {
    String a = new Fingerprint().add("world", "calc").add("a.wit", bytes("package a:b;")).finish();
    String b = new Fingerprint().add("world", "calc").add("a.wit", bytes("package a:b;")).finish();
    assertThat(a).isEqualTo(b);
    assertThat(a).matches("[0-9a-f]{64}");
  }

  @Test
  void everyChangeOfNameValueOrOrderChangesIt() {
    String base = new Fingerprint().add("a.wit", "x").add("b.wit", "y").finish();
    assertThat(new Fingerprint().add("a.wit", "x").add("b.wit", "z").finish()).isNotEqualTo(base);
    assertThat(new Fingerprint().add("a.wit", "x").add("c.wit", "y").finish()).isNotEqualTo(base);
    assertThat(new Fingerprint().add("b.wit", "y").add("a.wit", "x").finish()).isNotEqualTo(base);
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    // "ab" + "c" and "a" + "bc" concatenate to the same bytes; the length prefixes keep them apart
    assertThat(new Fingerprint().add("ab", "c").finish())
        .isNotEqualTo(new Fingerprint().add("a", "bc").finish());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
