package io.witj.parser.conformance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code .wit.result} file of the reference parser says: its first line (the message) and,
 * when it has a {@code --> path:line:col} pointer, that file name and position.
 */
record ExpectedError(String message, String fileName, int line, int column) {
  private static final Pattern POINTER = Pattern.compile("(?m)^\\s*--> (\\S+):(\\d+):(\\d+)\\s*$");

  static ExpectedError parse(String resultText) {
    String text = resultText.trim();
    String firstLine = text.lines().findFirst().orElse("");
    Matcher m = POINTER.matcher(text);
    if (!m.find()) {
      return new ExpectedError(firstLine, null, 0, 0);
    }
    String path = m.group(1);
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    return new ExpectedError(
        firstLine, fileName, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  boolean hasLocation() {
    return fileName != null;
  }

  /** {@code file:line:col}, or a note when the reference gives no single location. */
  String location() {
    return hasLocation() ? fileName + ":" + line + ":" + column : "(no single location)";
  }
}
