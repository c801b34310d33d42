package io.witj.demo.http;

import java.nio.charset.StandardCharsets;

/**
 * Header values between the wire and guests. The JDK's server reads and writes header bytes as
 * Latin-1 characters; guests see UTF-8 strings, so non-ASCII values travel byte for byte.
 */
final class HeaderBytes {
  private HeaderBytes() {}

  /** A value as the JDK read it (one char per byte) decoded as UTF-8. */
  static String fromWire(String latin1) {
    for (int i = 0; i < latin1.length(); i++) {
      if (latin1.charAt(i) >= 0x80) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      }
    }
    return latin1;
  }

  /** A guest's value as the JDK writes it: its UTF-8 bytes as Latin-1 chars. */
  static String toWire(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 0x80) {
        return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      }
    }
    return value;
  }
}
