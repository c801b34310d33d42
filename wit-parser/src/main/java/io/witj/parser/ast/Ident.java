package io.witj.parser.ast;

import io.witj.parser.diag.Span;

/** An identifier as written, with a leading {@code %} escape already removed from {@code name}. */
public record Ident(String name, Span span) {}
