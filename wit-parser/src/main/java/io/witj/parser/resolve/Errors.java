package io.witj.parser.resolve;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.Span;
import io.witj.parser.diag.WitException;

/** Builds the {@link WitException}s the resolver throws, with or without a source location. */
final class Errors {
  private Errors() {}

  static WitException at(Span span, String message) {
    return span == null
        ? new WitException(Diagnostic.withoutLocation(message))
        : new WitException(span, message);
  }

  static WitException noLocation(String message) {
    return new WitException(Diagnostic.withoutLocation(message));
  }
}
