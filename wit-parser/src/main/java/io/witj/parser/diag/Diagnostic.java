package io.witj.parser.diag;

import org.jspecify.annotations.Nullable;

/**
 * One error found in WIT input: a message and, when the error has a place in a file, its span.
 * {@link #render()} gives the user-facing form: {@code path:line:col: message}, the source line and
 * a caret under the span.
 */
public record Diagnostic(@Nullable Span span, String message) {

  /** A diagnostic that has no single place in a file (for example a missing package header). */
  public static Diagnostic withoutLocation(String message) {
    return new Diagnostic(null, message);
  }

  /**
   * At most this many characters of a source line are shown; longer lines show a window around the
   * span.
   */
  static final int MAX_SHOWN = 120;

  public String render() {
    if (span == null) {
      return "error: " + message;
    }
    int line = span.line();
    int column = span.column();
    int[] source = span.file().lineText(line).replace('\t', ' ').codePoints().toArray();
    int endOnLine =
        span.file().line(span.end()) == line ? span.file().column(span.end()) : source.length + 1;
    int width = Math.max(1, endOnLine - column);
    int from = 0;
    int to = source.length;
    if (source.length > MAX_SHOWN) {
      from = Math.max(0, Math.min(column - 1 - MAX_SHOWN / 2, source.length - MAX_SHOWN));
      to = from + MAX_SHOWN;
    }
    String prefix = from > 0 ? "..." : "";
    // control characters, escape sequences and bidi overrides are shown escaped, never echoed
    StringBuilder shown = new StringBuilder(prefix);
    int caretStart = Math.max(from, column - 1);
    int caretEnd = Math.min(to, caretStart + width);
    int caretAt = prefix.length();
    int caretWidth = 0;
    for (int k = from; k < to; k++) {
      String visible = visible(source[k]);
      shown.append(visible);
      if (k < caretStart) {
        caretAt += visible.codePointCount(0, visible.length());
      } else if (k < caretEnd) {
        caretWidth += visible.codePointCount(0, visible.length());
      }
    }
    if (column - 1 > to) {
      caretAt += column - 1 - to;
    }
    caretWidth = Math.max(1, caretWidth);
    shown.append(to < source.length ? "..." : "");
    StringBuilder out = new StringBuilder();
    out.append(span.location()).append(": ").append(message).append('\n');
    String gutter = String.valueOf(line);
    out.append(gutter).append(" | ").append(shown).append('\n');
    out.append(" ".repeat(gutter.length())).append(" | ");
    out.append(" ".repeat(caretAt)).append('^').append("-".repeat(caretWidth - 1));
    return out.toString();
  }

  /**
   * {@code codePoint} as shown in a quoted source line: C0 and C1 controls, DEL and the
   * bidirectional formatting characters (which could reorder or hide what the terminal shows) as a
   * backslash and {@code u{1b}} (the messages' own spelling), everything else as itself.
   */
  static String visible(int codePoint) {
    boolean control = codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
    boolean bidi =
        codePoint == 0x061c
            || codePoint == 0x200e
            || codePoint == 0x200f
            || (codePoint >= 0x202a && codePoint <= 0x202e)
            || (codePoint >= 0x2066 && codePoint <= 0x2069);
    return control || bidi
        ? "\\u{" + Integer.toHexString(codePoint) + "}"
        : new String(Character.toChars(codePoint));
  }
}
