package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import java.util.List;

/** {@code package ns:name { … }} inside a file. */
public record NestedPackage(PackageDecl decl, List<PackageItem> items, Span span)
    implements FileItem {}
