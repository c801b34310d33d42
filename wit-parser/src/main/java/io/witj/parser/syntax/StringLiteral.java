package io.witj.parser.syntax;

/**
 * The value of a WIT string literal (core WebAssembly text {@code name} syntax): escapes the usual
 * backslash escapes, two hex digits for one byte, and a unicode escape of hex digits in braces.
 */
final class StringLiteral {
  private StringLiteral() {}

  /** Thrown with the offset (into the literal) and a message when an escape is invalid. */
  static final class InvalidEscape extends Exception {
    private static final long serialVersionUID = 1L;

    final int offset;
    final String reason;

    InvalidEscape(int offset, String reason) {
      super(reason, null, false, false);
      this.offset = offset;
      this.reason = reason;
    }
  }

  /** Decodes {@code literal}, which includes its surrounding quotes. */
  static String decode(String literal) throws InvalidEscape {
    StringBuilder out = new StringBuilder();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int end = literal.length() - 1;
    int i = 1;
    while (i < end) {
      char c = literal.charAt(i);
      if (c != '\\') {
        flush(bytes, out);
        out.append(c);
        i++;
        continue;
      }
      int escape = i;
      char next = i + 1 < end ? literal.charAt(i + 1) : '\0';
      i += 2;
      switch (next) {
        case 't' -> append(bytes, out, '\t');
        case 'n' -> append(bytes, out, '\n');
        case 'r' -> append(bytes, out, '\r');
        case '"', '\'', '\\' -> append(bytes, out, next);
        case 'u' -> {
          int close = literal.indexOf('}', i);
          if (i >= end || literal.charAt(i) != '{' || close < 0 || close >= end || close == i + 1) {
            throw new InvalidEscape(escape, "invalid unicode escape");
          }
          int codePoint;
          try {
            codePoint = Integer.parseInt(literal.substring(i + 1, close), 16);
          } catch (NumberFormatException e) {
            throw new InvalidEscape(escape, "invalid unicode escape");
          }
          if (!Character.isValidCodePoint(codePoint)
              || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            throw new InvalidEscape(escape, "invalid unicode scalar value in escape");
          }
          flush(bytes, out);
          out.appendCodePoint(codePoint);
          i = close + 1;
        }
        default -> {
          if (i < end && isHex(next) && isHex(literal.charAt(i))) {
            bytes.write(Integer.parseInt(literal.substring(i - 1, i + 1), 16));
            i++;
          } else {
            throw new InvalidEscape(escape, "invalid escape in string");
          }
        }
      }
    }
    flush(bytes, out);
    return out.toString();
  }

  private static void append(java.io.ByteArrayOutputStream bytes, StringBuilder out, char c) {
    flush(bytes, out);
    out.append(c);
  }

  private static void flush(java.io.ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() > 0) {
      out.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
      bytes.reset();
    }
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
