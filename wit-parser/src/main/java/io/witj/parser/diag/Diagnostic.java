package io.witj.parser.diag;

/**
 * One error found in WIT input: a message and, when the error has a place in a file, its span.
 * {@link #render()} gives the user-facing form: {@code path:line:col: message}, the source line
 * and a caret under the span.
 */
public record Diagnostic(Span span, String message) {

  /** A diagnostic that has no single place in a file (for example a missing package header). */
  public static Diagnostic withoutLocation(String message) {
    return new Diagnostic(null, message);
  }

  public String render() {
    if (span == null) {
      return "error: " + message;
    }
    int line = span.line();
    String source = span.file().lineText(line);
    int column = span.column();
    int endOnLine =
        span.file().line(span.end()) == line ? span.file().column(span.end()) : source.length() + 1;
    int width = Math.max(1, endOnLine - column);
    StringBuilder out = new StringBuilder();
    out.append(span.location()).append(": ").append(message).append('\n');
    String gutter = String.valueOf(line);
    out.append(gutter).append(" | ").append(source.replace('\t', ' ')).append('\n');
    out.append(" ".repeat(gutter.length())).append(" | ");
    out.append(" ".repeat(Math.max(0, column - 1))).append('^');
    out.append("-".repeat(Math.max(0, Math.min(width, 200) - 1)));
    return out.toString();
  }
}
