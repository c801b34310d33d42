package io.witj.parser.ast;

import io.witj.parser.diag.Span;

/** {@code package ns:name@version} with the docs written before it (null when none). */
public record PackageDecl(PackagePath path, String docs, Span span) {}
