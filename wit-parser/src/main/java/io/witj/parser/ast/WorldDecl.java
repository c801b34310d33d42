package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import java.util.List;

/** {@code world name { … }}. */
public record WorldDecl(Ident name, List<WorldBodyItem> items, Annotations annotations, Span span)
    implements PackageItem {}
