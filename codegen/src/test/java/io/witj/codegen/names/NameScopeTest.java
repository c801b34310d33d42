package io.witj.codegen.names;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameScopeTest {

  @Test
  void laterClaimantsGetNumberedSuffixes() {
    NameScope scope = new NameScope();
    assertThat(scope.claim("isXml")).isEqualTo("isXml");
    assertThat(scope.claim("isXml")).isEqualTo("isXml_2");
    assertThat(scope.claim("isXml")).isEqualTo("isXml_3");
    assertThat(scope.claim("other")).isEqualTo("other");
  }

  @Test
  void reservedNamesAreNeverHandedOutUnchanged() {
    NameScope scope = NameScope.reserving(List.of("Store", "Store_2"));
    assertThat(scope.claim("Store")).isEqualTo("Store_3");
    assertThat(scope.isTaken("Store_3")).isTrue();
  }

  @Test
  void suffixedNamesCannotStealNaturalNames() {
    // a natural name never contains '_' followed by a digit, so "r_2" is never some item's natural
    // name
    NameScope scope = new NameScope();
    scope.claim("r");
    assertThat(scope.claim("r")).isEqualTo("r_2");
    assertThat(scope.claim(JavaNames.lowerCamel("r2"))).isEqualTo("r2");
  }
}
