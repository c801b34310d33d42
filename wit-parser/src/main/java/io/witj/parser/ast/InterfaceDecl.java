package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import java.util.List;

/** {@code interface name { … }}. */
public record InterfaceDecl(
    Ident name, List<InterfaceItem> items, Annotations annotations, Span span)
    implements PackageItem {}
