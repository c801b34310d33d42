package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import java.util.List;

/** {@code [async] func(params) [-> result]}; {@code result} is null when there is none. */
public record FuncType(boolean async, List<Param> params, TypeExpr result, Span span) {
  public record Param(Ident name, TypeExpr type) {}
}
