package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A function declared inside a {@code resource { … }} body. */
public sealed interface ResourceFunc {
  Annotations annotations();

  record Method(Ident name, FuncType type, Annotations annotations) implements ResourceFunc {}

  record Static(Ident name, FuncType type, Annotations annotations) implements ResourceFunc {}

  /** {@code constructor(params) [-> result];} — {@code result} is null when absent. */
  record Constructor(
      List<FuncType.Param> params, @Nullable TypeExpr result, Span span, Annotations annotations)
      implements ResourceFunc {}
}
