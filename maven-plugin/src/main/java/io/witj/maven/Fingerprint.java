package io.witj.maven;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over everything a generation depends on: each input added as a named, length-prefixed
 * field, so that no two different sequences of inputs can produce the same bytes. Timestamps are
 * never part of it: checkouts and caches change them without changing anything that matters.
 */
final class Fingerprint {
  private final MessageDigest digest;

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Adds a named text field (a parameter, a path, a version). */
  Fingerprint add(String name, String value) {
    return add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a named binary field (the content of an input file). */
  Fingerprint add(String name, byte[] value) {
    field(name.getBytes(StandardCharsets.UTF_8));
    field(value);
    return this;
  }

  private void field(byte[] bytes) {
    int n = bytes.length;
    digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    digest.update(bytes);
  }

  /** The hex digest; the fingerprint cannot be used afterwards. */
  String finish() {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    return new Fingerprint().add("", bytes).finish();
  }
}
