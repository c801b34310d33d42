package io.witj.maven;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticReportTest {
  private static final SourceFile FILE =
      new SourceFile("src/main/wit/app.wit", "package a:b;\nworld w { import nope; }\n");

  @Test
  void rendersLikeTheCommandLineWithPathLineColumnSourceAndCaret() {
    Diagnostic d = new Diagnostic(new Span(FILE, 30, 34), "interface or world `nope` not found");
    assertThat(DiagnosticReport.render("witj: invalid WIT in src/main/wit:", List.of(d)))
        .isEqualTo(
            "witj: invalid WIT in src/main/wit:\n"
                + "src/main/wit/app.wit:2:18: interface or world `nope` not found\n"
                + "2 | world w { import nope; }\n"
                + "  |                  ^---");
  }

  @Test
  void showsAtMostTwentyAndCountsTheRest() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      many.add(Diagnostic.withoutLocation("problem " + i));
    }
    String report = DiagnosticReport.render("head:", many);
    assertThat(report).contains("error: problem 19\n… and 3 more");
    assertThat(report).doesNotContain("problem 20");
    assertThat(report.lines().count()).isEqualTo(22);
  }
}
