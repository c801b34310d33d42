package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code use path.{a, b as c};} inside an interface or world. */
public record Use(UsePath path, List<Name> names, Annotations annotations, Span span)
    implements InterfaceItem, WorldBodyItem {

  /** {@code name} or {@code name as alias}; {@code alias} is null when absent. */
  public record Name(Ident name, @Nullable Ident alias) {}
}
