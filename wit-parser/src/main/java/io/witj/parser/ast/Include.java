package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import java.util.List;

/** {@code include path [with { a as b, … }];} in a world. */
public record Include(UsePath path, List<Rename> renames, Annotations annotations, Span span)
    implements WorldBodyItem {

  public record Rename(Ident from, Ident to) {}
}
