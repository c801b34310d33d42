package io.witj.parser.diag;

import java.util.Arrays;

/**
 * The text of one WIT source file together with the path shown in diagnostics. It maps character
 * offsets to 1-based line and column numbers so that syntax-tree spans stay plain integers.
 */
public final class SourceFile {
  private final String displayPath;
  private final String text;
  private final int[] lineStarts;

  public SourceFile(String displayPath, String text) {
    this.displayPath = displayPath;
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The path as the user should see it in messages (as given on the command line or relative). */
  public String displayPath() {
    return displayPath;
  }

  public String text() {
    return text;
  }

  /** 1-based line number of a character offset (offsets past the end map to the last line). */
  public int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
    return (index >= 0 ? index : -index - 2) + 1;
  }

  /** 1-based column of a character offset, counted in Unicode code points from the line start. */
  public int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int start = lineStarts[line(clamped) - 1];
    return text.codePointCount(start, clamped) + 1;
  }

  /** The text of a 1-based line without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }
}
