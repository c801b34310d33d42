package io.witj.demo.kv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Store and key names as file names of the {@link FileBackend}: a one-letter prefix, then the
 * name's UTF-8 bytes with every byte outside {@code [A-Za-z0-9_-]} written as {@code %XX}. So every
 * name, including the empty one, {@code .}, {@code ..}, names with {@code /} and non-ASCII names,
 * becomes one plain file name that cannot leave its directory.
 */
final class FileNames {
  /** Longest file name written (most file systems allow 255 bytes). */
  static final int MAX_LENGTH = 240;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private FileNames() {}

  /** The file name of {@code name}, or empty when it would be longer than {@link #MAX_LENGTH}. */
  static Optional<String> encode(char prefix, String name) {
    StringBuilder out = new StringBuilder().append(prefix);
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
      if (out.length() > MAX_LENGTH) {
        return Optional.empty();
      }
    }
    return Optional.of(out.toString());
  }

  /** The name a file name encodes, or empty when it is not one {@link #encode} wrote. */
  static Optional<String> decode(char prefix, String fileName) {
    if (fileName.isEmpty() || fileName.charAt(0) != prefix) {
      return Optional.empty();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 1; i < fileName.length(); i++) {
      char c = fileName.charAt(i);
      if (c == '%') {
        if (i + 2 >= fileName.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(fileName.charAt(i + 1), 16);
        int lo = Character.digit(fileName.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }
}
