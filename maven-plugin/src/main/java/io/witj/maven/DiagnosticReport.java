package io.witj.maven;

import io.witj.parser.diag.Diagnostic;
import java.util.List;

/**
 * The message of a failed build: every diagnostic rendered as the {@code witj} command line renders
 * it ({@code path:line:col: message}, the source line, a caret under the span), paths relative to
 * the project, at most {@link #MAX_SHOWN} of them followed by {@code … and N more}.
 */
final class DiagnosticReport {
  static final int MAX_SHOWN = 20;

  private DiagnosticReport() {}

  /** {@code headline}, then the rendered diagnostics, capped. */
  static String render(String headline, List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder(headline);
    int shown = Math.min(MAX_SHOWN, diagnostics.size());
    for (Diagnostic diagnostic : diagnostics.subList(0, shown)) {
      out.append('\n').append(diagnostic.render());
    }
    if (diagnostics.size() > shown) {
      out.append("\n… and ").append(diagnostics.size() - shown).append(" more");
    }
    return out.toString();
  }
}
