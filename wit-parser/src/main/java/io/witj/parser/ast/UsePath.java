package io.witj.parser.ast;

import io.witj.parser.diag.Span;

/** A reference to an interface or world: a bare name in scope, or {@code ns:pkg/name@version}. */
public sealed interface UsePath {
  Span span();

  /** The last identifier (the interface or world name). */
  Ident name();

  record Local(Ident name) implements UsePath {
    @Override
    public Span span() {
      return name.span();
    }
  }

  record Foreign(PackagePath pkg, Ident name, Span span) implements UsePath {}
}
