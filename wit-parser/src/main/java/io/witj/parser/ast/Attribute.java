package io.witj.parser.ast;

import io.witj.parser.diag.Span;

/** An {@code @…} annotation in front of an item: the feature gates and {@code @external-id}. */
public sealed interface Attribute {
  Span span();

  record Since(String version, Span span) implements Attribute {}

  record Unstable(Ident feature, Span span) implements Attribute {}

  record Deprecated(String version, Span span) implements Attribute {}

  record ExternalId(String value, Span span) implements Attribute {}
}
