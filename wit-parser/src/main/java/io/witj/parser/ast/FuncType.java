package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code [async] func(params) [-> result]}; {@code result} is null when there is none. */
public record FuncType(boolean async, List<Param> params, @Nullable TypeExpr result, Span span) {
  public record Param(Ident name, TypeExpr type) {}
}
