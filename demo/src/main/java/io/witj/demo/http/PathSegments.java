package io.witj.demo.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splitting a path into segments and percent-decoding them. */
final class PathSegments {
  private PathSegments() {}

  /** The segments of an absolute path; {@code /} has none, {@code /a/} has {@code a} and "". */
  static List<String> split(String path) {
    String rest = path.substring(1);
    return rest.isEmpty() ? List.of() : List.of(rest.split("/", -1));
  }

  /**
   * The percent-decoded segments of a raw (still encoded) absolute path, or empty when an escape is
   * malformed or the decoded bytes are not UTF-8. {@code +} stays {@code +}, as in any path.
   */
  static Optional<List<String>> decode(String rawPath) {
    List<String> decoded = new ArrayList<>();
    for (String segment : split(rawPath)) {
      Optional<String> d = decodeSegment(segment);
      if (d.isEmpty()) {
        return Optional.empty();
      }
      decoded.add(d.get());
    }
    return Optional.of(decoded);
  }

  private static Optional<String> decodeSegment(String segment) {
    if (segment.indexOf('%') < 0) {
      return Optional.of(segment);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(segment.charAt(i + 1), 16);
        int lo = Character.digit(segment.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else {
        int end = segment.indexOf('%', i);
        end = end < 0 ? segment.length() : end;
        byte[] utf8 = segment.substring(i, end).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
        i = end - 1;
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
