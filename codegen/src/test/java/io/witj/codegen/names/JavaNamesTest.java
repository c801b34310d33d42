package io.witj.codegen.names;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void kebabBecomesCamelAndSnakeCase() {
    assertThat(JavaNames.lowerCamel("get-a")).isEqualTo("getA");
    assertThat(JavaNames.lowerCamel("is-XML")).isEqualTo("isXml");
    assertThat(JavaNames.lowerCamel("a0")).isEqualTo("a0");
    assertThat(JavaNames.lowerCamel("HTTP-method")).isEqualTo("httpMethod");
    assertThat(JavaNames.upperCamel("ludicrous-speed")).isEqualTo("LudicrousSpeed");
    assertThat(JavaNames.upperCamel("is-XML")).isEqualTo("IsXml");
    assertThat(JavaNames.upperSnake("read-only")).isEqualTo("READ_ONLY");
    assertThat(JavaNames.upperSnake("is-XML")).isEqualTo("IS_XML");
  }

  @Test
  void reservedNamesGetATrailingUnderscore() {
    for (String name :
        new String[] {
          "record",
          "yield",
          "var",
          "sealed",
          "permits",
          "new",
          "class",
          "default",
          "true",
          "null",
          "getClass",
          "hashCode",
          "toString",
          "wait",
          "when"
        }) {
      assertThat(JavaNames.escape(name)).isEqualTo(name + "_");
    }
    assertThat(JavaNames.lowerCamel("hash-code")).isEqualTo("hashCode_");
    assertThat(JavaNames.lowerCamel("get-class")).isEqualTo("getClass_");
    assertThat(JavaNames.escape("_")).isEqualTo("__");
    assertThat(JavaNames.escape("open")).isEqualTo("open");
    assertThat(JavaNames.escape("module")).isEqualTo("module");
  }

  @Test
  void packageSegmentsAreLowerSnakeAndEscaped() {
    assertThat(JavaNames.packageSegment("wit-bindgen")).isEqualTo("wit_bindgen");
    assertThat(JavaNames.packageSegment("My-Pkg")).isEqualTo("my_pkg");
    assertThat(JavaNames.packageSegment("new")).isEqualTo("new_");
    assertThat(JavaNames.packageSegment("package")).isEqualTo("package_");
  }
}
