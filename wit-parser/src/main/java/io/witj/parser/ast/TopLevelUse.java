package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import org.jspecify.annotations.Nullable;

/** {@code use path [as name];} at the top level of a file; {@code alias} is null when absent. */
public record TopLevelUse(UsePath path, @Nullable Ident alias, Annotations annotations, Span span)
    implements PackageItem {}
