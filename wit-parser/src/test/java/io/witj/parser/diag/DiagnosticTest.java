package io.witj.parser.diag;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** How a diagnostic is shown: location, message, the source line and a caret under the span. */
class DiagnosticTest {

  @Test
  void showsLocationSourceLineAndCaretUnderTheSpan() {
    SourceFile file =
        new SourceFile("dir/a.wit", "package a:b;\ninterface i {\n  f: func() -> strin;\n}\n");
    int start = file.text().indexOf("strin");
    String shown =
        new Diagnostic(new Span(file, start, start + 5), "name `strin` does not exist").render();
    assertThat(shown)
        .isEqualTo(
            """
        dir/a.wit:3:16: name `strin` does not exist
        3 |   f: func() -> strin;
          |                ^----""");
  }

  @Test
  void longLinesShowAWindowAroundTheSpan() {
    String line = "type t = " + "list<".repeat(5000) + "u8" + ">".repeat(5000) + ";";
    SourceFile file = new SourceFile("deep.wit", line);
    int start = 9 + 5 * 100;
    String shown =
        new Diagnostic(new Span(file, start, start + 4), "type nesting too deep").render();
    String[] rows = shown.split("\n");
    assertThat(rows[0]).isEqualTo("deep.wit:1:" + (start + 1) + ": type nesting too deep");
    assertThat(rows[1].length()).isLessThan(Diagnostic.MAX_SHOWN + 20);
    assertThat(rows[1]).startsWith("1 | ...");
    assertThat(rows[1]).endsWith("...");
    int caret = rows[2].indexOf('^');
    assertThat(rows[1].substring(caret, caret + 4)).isEqualTo("list");
    assertThat(rows[2].substring(caret)).isEqualTo("^---");
  }

  @Test
  void controlCharactersAndBidiOverridesInTheSourceLineAreShownEscaped() {
    String line = "f: func() \u001b[31m\u202e\u0085 bad\u007f;";
    SourceFile file = new SourceFile("c.wit", line + "\n");
    int start = line.indexOf("bad");
    String shown = new Diagnostic(new Span(file, start, start + 3), "oops").render();
    assertThat(shown)
        .isEqualTo(
            "c.wit:1:"
                + (start + 1)
                + ": oops\n1 | f: func() \\u{1b}[31m\\u{202e}\\u{85} bad\\u{7f};\n"
                + "  |                                    ^--");
    assertThat(shown.chars().filter(c -> c < 0x20 && c != '\n').count()).isEqualTo(0);
    // the caret still points at the span
    String[] rows = shown.split("\n");
    int caret = rows[2].indexOf('^');
    assertThat(rows[1].substring(caret, caret + 3)).isEqualTo("bad");
  }

  @Test
  void spanAtTheEndOfTheFileGetsOneCaret() {
    SourceFile file = new SourceFile("e.wit", "package a:b");
    String shown =
        new Diagnostic(new Span(file, 11, 11), "expected ';', found end of file").render();
    assertThat(shown).endsWith("1 | package a:b\n  |            ^");
  }
}
