package io.witj.bench.jco;

import java.nio.charset.StandardCharsets;

/**
 * The four calls the jco comparison times, each an export of a wit-bindgen fixture component called
 * with the same input on both sides (bench.mjs builds the same inputs), and the goal for
 * the ratio jco time / witj time.
 */
enum ComparisonCase {
  SMALL_CALL("small-call", "`roundtrip-u32` (numbers)", 40, 0),
  STRING_1K("string-1k", "1 KiB string, UTF-16 guest (strings `roundtrip`)", 5, 1024),
  LIST_1M("list-1m", "1 MiB `list<u8>` round trip (lists `list-roundtrip`)", 1, 1 << 20),
  STRING_1M("string-1m", "1 MiB ASCII string round trip (lists `string-roundtrip`)", 10, 1 << 20);

  /** The argument of {@code roundtrip-u32}. */
  static final int SMALL = 123456789;

  final String id;
  final String title;
  final double goal;

  /** Bytes of payload each way, for the MB/s column; 0 for the small call. */
  final int payloadBytes;

  ComparisonCase(String id, String title, double goal, int payloadBytes) {
    this.id = id;
    this.title = title;
    this.goal = goal;
    this.payloadBytes = payloadBytes;
  }

  /** {@code n} ASCII letters, {@code 'a' + (7 i mod 26)}: the string inputs. */
  static String text(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) ('a' + (i * 7) % 26);
    }
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** {@code n} bytes {@code (31 i + 7) mod 256}: the list input. */
  static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 31 + 7);
    }
    return b;
  }
}
