package io.witj.runtime.internal.link;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Semver-compatible interface names, as the Component Model matches imports. */
class InterfaceNameTest {
  private static boolean serves(String implementation, String wanted) {
    return InterfaceName.parse(implementation).compatibleWith(InterfaceName.parse(wanted));
  }

  @Test
  void compatibility() {
    assertThat(serves("wasi:io/streams@0.2.12", "wasi:io/streams@0.2.0")).isTrue();
    assertThat(serves("wasi:io/streams@0.2.0", "wasi:io/streams@0.2.12")).isTrue();
    assertThat(serves("wasi:io/streams@0.2.12", "wasi:io/streams@0.3.0")).isFalse();
    assertThat(serves("wasi:io/streams@0.2.12", "wasi:io/poll@0.2.12")).isFalse();
    assertThat(serves("a:b/c@1.5.2", "a:b/c@1.0.0")).isTrue();
    assertThat(serves("a:b/c@2.0.0", "a:b/c@1.0.0")).isFalse();
    assertThat(serves("a:b/c@0.0.2", "a:b/c@0.0.1")).isFalse();
    assertThat(serves("a:b/c@1.0.0", "a:b/c@1.0.0-rc1")).isFalse();
    assertThat(serves("a:b/c@1.0.0-rc1", "a:b/c@1.0.0-rc1")).isTrue();
    assertThat(serves("a:b/c@1.0.0+build", "a:b/c@1.0.1")).isTrue();
    assertThat(serves("a:b/c", "a:b/c@1.0.0")).isFalse();
    assertThat(serves("$root", "$root")).isTrue();
  }

  @Test
  void parse() {
    assertThat(InterfaceName.parse("wasi:io/streams@0.2.0"))
        .isEqualTo(new InterfaceName("wasi:io/streams", "0.2.0"));
    assertThat(InterfaceName.parse("[export]x:y/z"))
        .isEqualTo(new InterfaceName("[export]x:y/z", null));
    assertThat(InterfaceName.parse("plain")).isEqualTo(new InterfaceName("plain", null));
  }

  @Test
  void higherVersionsCompareGreater() {
    assertThat(
            InterfaceName.parse("a:b/c@0.2.12").compareVersion(InterfaceName.parse("a:b/c@0.2.9")))
        .isGreaterThan(0);
  }
}
