package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import org.jspecify.annotations.Nullable;

/**
 * {@code namespace:name@version} as written in a package declaration or a use path; version may be
 * null.
 */
public record PackagePath(Ident namespace, Ident name, @Nullable String version, Span span) {}
