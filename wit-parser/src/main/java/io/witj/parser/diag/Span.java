package io.witj.parser.diag;

/**
 * A half-open range {@code [start, end)} of character offsets in one source file: where a syntax
 * element or a diagnostic is.
 */
public record Span(SourceFile file, int start, int end) {
  public int line() {
    return file.line(start);
  }

  public int column() {
    return file.column(start);
  }

  /** {@code path:line:col} of the start of this span. */
  public String location() {
    return file.displayPath() + ":" + line() + ":" + column();
  }
}
