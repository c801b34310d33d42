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
    String shown = prefix + new String(source, from, to - from) + (to < source.length ? "..." : "");
    int caretAt = prefix.length() + Math.max(0, column - 1 - from);
    int caretWidth = Math.max(1, Math.min(width, to - Math.max(from, column - 1)));
    StringBuilder out = new StringBuilder();
    out.append(span.location()).append(": ").append(message).append('\n');
    String gutter = String.valueOf(line);
    out.append(gutter).append(" | ").append(shown).append('\n');
    out.append(" ".repeat(gutter.length())).append(" | ");
    out.append(" ".repeat(caretAt)).append('^').append("-".repeat(caretWidth - 1));
    return out.toString();
  }
}
