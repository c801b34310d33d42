package io.witj.codegen;

import io.witj.parser.diag.Diagnostic;
import java.util.List;

/**
 * Generation cannot proceed: no such world, an ambiguous world, items that are not supported yet
 * (one line per item in {@link #problems()}, e.g. {@code wasi:http/handler#handle: async functions
 * are not supported yet}), or valid WIT Java cannot express (with its place, {@link
 * #diagnostics()}).
 */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;
  private final List<Diagnostic> diagnostics;

  public GenerationException(String summary, List<String> problems) {
    super(problems.isEmpty() ? summary : summary + "\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
    this.diagnostics = List.of();
  }

  /** Problems found at WIT definitions (e.g. more parameters than Java allows), one each. */
  public GenerationException(List<Diagnostic> diagnostics) {
    super(
        String.join(
            "\n",
            diagnostics.stream()
                .map(d -> d.span() == null ? d.message() : d.span().location() + ": " + d.message())
                .toList()));
    this.problems = diagnostics.stream().map(Diagnostic::message).toList();
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The problems with their places in the WIT, when generation found them there; else empty. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The individual problems, possibly empty when the summary says it all. */
  public List<String> problems() {
    return problems;
  }
}
