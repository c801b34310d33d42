package io.witj.parser.diag;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when WIT input is invalid. Carries every diagnostic that was collected (several where the
 * parser or resolver could recover); {@link #getMessage()} is their rendered, user-facing text.
 */
public final class WitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<Diagnostic> diagnostics;

  public WitException(List<Diagnostic> diagnostics) {
    super(
        diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n")),
        null,
        false,
        false);
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a WitException needs at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  public WitException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public WitException(Span span, String message) {
    this(new Diagnostic(span, message));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The first (primary) diagnostic. */
  public Diagnostic primary() {
    return diagnostics.get(0);
  }
}
