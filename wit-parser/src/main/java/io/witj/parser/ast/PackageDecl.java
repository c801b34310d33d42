package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import org.jspecify.annotations.Nullable;

/** {@code package ns:name@version} with the docs written before it (null when none). */
public record PackageDecl(PackagePath path, @Nullable String docs, Span span) {}
