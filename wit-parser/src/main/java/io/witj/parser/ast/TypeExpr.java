package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import io.witj.parser.model.PrimitiveType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A type as written where a type is expected ({@code list<option<foo>>}, {@code borrow<r>}, …). */
public sealed interface TypeExpr {
  Span span();

  record Primitive(PrimitiveType type, Span span) implements TypeExpr {}

  /** A name in scope: a type, or a resource (then an owned handle). */
  record Named(Ident name) implements TypeExpr {
    @Override
    public Span span() {
      return name.span();
    }
  }

  record Own(Ident resource, Span span) implements TypeExpr {}

  record Borrow(Ident resource, Span span) implements TypeExpr {}

  record Tuple(List<TypeExpr> types, Span span) implements TypeExpr {}

  /** {@code list<T>}, or {@code list<T, N>} when {@code fixedLength} is not null. */
  record ListOf(TypeExpr element, @Nullable Long fixedLength, Span span) implements TypeExpr {}

  record Option(TypeExpr type, Span span) implements TypeExpr {}

  /** {@code ok}/{@code err} are null for {@code _} or an absent side. */
  record Result(@Nullable TypeExpr ok, @Nullable TypeExpr err, Span span) implements TypeExpr {}

  record MapOf(TypeExpr key, TypeExpr value, Span span) implements TypeExpr {}

  /** {@code payload} is null for a bare {@code future}. */
  record Future(@Nullable TypeExpr payload, Span span) implements TypeExpr {}

  /** {@code payload} is null for a bare {@code stream}. */
  record Stream(@Nullable TypeExpr payload, Span span) implements TypeExpr {}
}
