package io.witj.parser.wit2022;

import io.witj.parser.ast.Annotations;
import io.witj.parser.ast.FuncDecl;
import io.witj.parser.ast.FuncType;
import io.witj.parser.ast.Ident;
import io.witj.parser.ast.InterfaceItem;
import io.witj.parser.ast.ResourceFunc;
import io.witj.parser.ast.TypeDecl;
import io.witj.parser.ast.TypeExpr;
import io.witj.parser.ast.Use;
import io.witj.parser.ast.UsePath;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import io.witj.parser.diag.WitException;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.syntax.Kebab;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses one file of the 2022 dialect into the items of today's syntax tree, so that the resolver
 * of today's WIT resolves both dialects into one model. The translation:
 *
 * <ul>
 *   <li>{@code use { a, b as c } from f} becomes {@code use f.{a, b as c};} ({@code use * from f}
 *       is kept aside as a {@link StarUse} until every file is read);
 *   <li>{@code expected<T, E>} becomes {@code result<T, E>}, {@code float32}/{@code float64} become
 *       {@code f32}/{@code f64}, {@code handle r} becomes a handle of {@code r};
 *   <li>{@code unit} disappears where today's WIT has "nothing" (a function result, a side of
 *       {@code expected}, a case payload) and is an error elsewhere;
 *   <li>{@code union u { T, U }} becomes a variant with cases {@code c0}, {@code c1}, … (the same
 *       ABI);
 *   <li>{@code static} members of a resource become static functions, the others methods.
 * </ul>
 *
 * Items follow each other without separators, as in the dialect's own parser (newlines are not
 * significant). The first syntax error stops parsing with a {@link WitException} at the offending
 * token, worded like today's parser ({@code expected ':', found identifier `x`}).
 */
final class Parser {
  /**
   * Types nested deeper than this are rejected (as today's parser does), before recursion hurts.
   */
  static final int MAX_TYPE_DEPTH = 100;

  private static final String UNIT_HERE =
      "`unit` can only be a function result, a variant case payload or a side of `expected`"
          + " (today's WIT has no unit type)";

  private final TokenCursor in;
  private final List<StarUse> starUses = new ArrayList<>();
  private int typeDepth;

  private Parser(SourceFile file) {
    this.in = new TokenCursor(file);
  }

  /** Parses {@code file}, the interface {@code interfaceName}. */
  static ParsedFile parse(SourceFile file, String interfaceName) {
    Parser parser = new Parser(file);
    List<InterfaceItem> items = parser.items();
    return new ParsedFile(file, interfaceName, items, List.copyOf(parser.starUses));
  }

  private List<InterfaceItem> items() {
    List<InterfaceItem> items = new ArrayList<>();
    Token first = in.peek();
    if (first.kind() == TokenKind.ID
        && (first.text().equals("package") || first.text().equals("world"))) {
      throw in.error(
          first,
          "`"
              + first.text()
              + "` starts today's WIT, not the 2022 dialect (wit-bindgen 0.2) this file is read as");
    }
    while (in.peek().kind() != TokenKind.EOF) {
      InterfaceItem item = item();
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  /** One item; null for a {@code use *}, which is recorded in {@link #starUses}. */
  private @Nullable InterfaceItem item() {
    Token start = in.peek();
    Annotations annotations = annotations(start);
    return switch (start.kind()) {
      case USE -> use(annotations);
      case TYPE -> alias(annotations);
      case RECORD -> record(annotations);
      case VARIANT -> variant(annotations);
      case UNION -> union(annotations);
      case ENUM -> enumeration(annotations);
      case FLAGS -> flags(annotations);
      case RESOURCE -> resource(annotations);
      case ID, EXPLICIT_ID -> {
        Ident name = ident();
        yield new FuncDecl(name, function(), annotations);
      }
      case INTERFACE ->
          throw in.error(
              start,
              "`interface` blocks are not supported: in the 2022 dialect a file is one interface");
      default ->
          throw in.expected(
              "keyword `use`, `type`, `record`, `variant`, `union`, `enum`, `flags`, `resource`"
                  + " or a function");
    };
  }

  private @Nullable InterfaceItem use(Annotations annotations) {
    Token start = in.take(TokenKind.USE);
    List<Use.Name> names = new ArrayList<>();
    boolean star = in.peek().kind() == TokenKind.STAR;
    if (star) {
      in.take(TokenKind.STAR);
    } else {
      in.take(TokenKind.LBRACE);
      do {
        if (in.peek().kind() == TokenKind.RBRACE) {
          break;
        }
        Ident name = ident();
        Ident alias = null;
        if (in.peek().kind() == TokenKind.AS) {
          in.take(TokenKind.AS);
          alias = ident();
        }
        names.add(new Use.Name(name, alias));
      } while (in.eat(TokenKind.COMMA));
      in.take(TokenKind.RBRACE);
    }
    in.take(TokenKind.FROM);
    Ident from = ident();
    if (in.peek().kind() == TokenKind.COLON) {
      throw in.error(
          in.peek(),
          "`::` paths are not supported: `use … from f` names a file f.wit beside this one");
    }
    Span span = in.span(start, in.previous());
    if (star) {
      starUses.add(new StarUse(from, annotations, span));
      return null;
    }
    return new Use(new UsePath.Local(from), List.copyOf(names), annotations, span);
  }

  private TypeDecl alias(Annotations annotations) {
    in.take(TokenKind.TYPE);
    Ident name = ident();
    in.take(TokenKind.EQUALS);
    return new TypeDecl.Alias(name, type(), annotations);
  }

  private TypeDecl record(Annotations annotations) {
    in.take(TokenKind.RECORD);
    Ident name = ident();
    List<TypeDecl.Field> fields = new ArrayList<>();
    in.take(TokenKind.LBRACE);
    while (in.peek().kind() != TokenKind.RBRACE) {
      String docs = in.peek().docs();
      Ident field = ident();
      in.take(TokenKind.COLON);
      fields.add(new TypeDecl.Field(field, type(), docs));
      if (!in.eat(TokenKind.COMMA)) {
        break;
      }
    }
    in.take(TokenKind.RBRACE);
    return new TypeDecl.Record(name, List.copyOf(fields), annotations);
  }

  private TypeDecl variant(Annotations annotations) {
    in.take(TokenKind.VARIANT);
    Ident name = ident();
    List<TypeDecl.Case> cases = new ArrayList<>();
    in.take(TokenKind.LBRACE);
    while (in.peek().kind() != TokenKind.RBRACE) {
      String docs = in.peek().docs();
      Ident label = ident();
      TypeExpr payload = null;
      if (in.eat(TokenKind.LPAREN)) {
        payload = typeOrUnit();
        in.take(TokenKind.RPAREN);
      }
      cases.add(new TypeDecl.Case(label, payload, docs));
      if (!in.eat(TokenKind.COMMA)) {
        break;
      }
    }
    in.take(TokenKind.RBRACE);
    return new TypeDecl.Variant(name, List.copyOf(cases), annotations);
  }

  private TypeDecl union(Annotations annotations) {
    in.take(TokenKind.UNION);
    Ident name = ident();
    List<TypeDecl.Case> cases = new ArrayList<>();
    in.take(TokenKind.LBRACE);
    while (in.peek().kind() != TokenKind.RBRACE) {
      Token start = in.peek();
      TypeExpr type = type();
      Span span = in.span(start, in.previous());
      cases.add(new TypeDecl.Case(new Ident("c" + cases.size(), span), type, start.docs()));
      if (!in.eat(TokenKind.COMMA)) {
        break;
      }
    }
    in.take(TokenKind.RBRACE);
    return new TypeDecl.Variant(name, List.copyOf(cases), annotations);
  }

  private TypeDecl enumeration(Annotations annotations) {
    in.take(TokenKind.ENUM);
    Ident name = ident();
    return new TypeDecl.Enum(name, namedCases(), annotations);
  }

  private TypeDecl flags(Annotations annotations) {
    in.take(TokenKind.FLAGS);
    Ident name = ident();
    return new TypeDecl.Flags(name, namedCases(), annotations);
  }

  private List<TypeDecl.NamedCase> namedCases() {
    List<TypeDecl.NamedCase> cases = new ArrayList<>();
    in.take(TokenKind.LBRACE);
    while (in.peek().kind() != TokenKind.RBRACE) {
      String docs = in.peek().docs();
      cases.add(new TypeDecl.NamedCase(ident(), docs));
      if (!in.eat(TokenKind.COMMA)) {
        break;
      }
    }
    in.take(TokenKind.RBRACE);
    return List.copyOf(cases);
  }

  private TypeDecl resource(Annotations annotations) {
    in.take(TokenKind.RESOURCE);
    Ident name = ident();
    List<ResourceFunc> functions = new ArrayList<>();
    if (in.eat(TokenKind.LBRACE)) {
      while (!in.eat(TokenKind.RBRACE)) {
        Annotations member = annotations(in.peek());
        if (in.eat(TokenKind.STATIC)) {
          Ident function = ident();
          functions.add(new ResourceFunc.Static(function, function(), member));
        } else if (in.peek().kind() == TokenKind.ID || in.peek().kind() == TokenKind.EXPLICIT_ID) {
          Ident function = ident();
          functions.add(new ResourceFunc.Method(function, function(), member));
        } else {
          throw in.expected("keyword `static`, an identifier or '}'");
        }
      }
    }
    return new TypeDecl.Resource(name, List.copyOf(functions), annotations);
  }

  /** {@code : func(params) [-> result]} after a function's name. */
  private FuncType function() {
    in.take(TokenKind.COLON);
    Token start = in.peek();
    if (start.kind() == TokenKind.ASYNC) {
      throw in.error(start, "async functions are not supported");
    }
    if (start.kind() != TokenKind.FUNC) {
      throw in.expected(
          TokenKind.FUNC.description()
              + " (values other than functions are not supported in the 2022 dialect)");
    }
    in.take(TokenKind.FUNC);
    List<FuncType.Param> params = new ArrayList<>();
    in.take(TokenKind.LPAREN);
    while (in.peek().kind() != TokenKind.RPAREN) {
      Ident name = ident();
      in.take(TokenKind.COLON);
      params.add(new FuncType.Param(name, type()));
      if (!in.eat(TokenKind.COMMA)) {
        break;
      }
    }
    in.take(TokenKind.RPAREN);
    TypeExpr result = null;
    if (in.eat(TokenKind.ARROW)) {
      result = typeOrUnit();
    }
    return new FuncType(false, List.copyOf(params), result, in.span(start, in.previous()));
  }

  // ---------------------------------------------------------------- types

  /** A type where {@code unit} means "nothing": null for {@code unit}. */
  private @Nullable TypeExpr typeOrUnit() {
    if (in.peek().kind() == TokenKind.UNIT) {
      in.take(TokenKind.UNIT);
      return null;
    }
    return type();
  }

  private TypeExpr type() {
    Token start = in.peek();
    if (++typeDepth > MAX_TYPE_DEPTH) {
      throw in.error(start, "type nesting too deep");
    }
    try {
      return typeBody(start);
    } finally {
      typeDepth--;
    }
  }

  private TypeExpr typeBody(Token start) {
    PrimitiveType primitive = primitive(start.kind());
    if (primitive != null) {
      in.skip();
      return new TypeExpr.Primitive(primitive, in.span(start));
    }
    switch (start.kind()) {
      case ID, EXPLICIT_ID -> {
        return new TypeExpr.Named(ident());
      }
      case HANDLE -> {
        in.skip();
        return new TypeExpr.Named(ident());
      }
      case UNIT -> throw in.error(start, UNIT_HERE);
      case LIST -> {
        in.skip();
        in.take(TokenKind.LT);
        TypeExpr element = type();
        in.take(TokenKind.GT);
        return new TypeExpr.ListOf(element, null, in.span(start, in.previous()));
      }
      case OPTION -> {
        in.skip();
        in.take(TokenKind.LT);
        TypeExpr payload = type();
        in.take(TokenKind.GT);
        return new TypeExpr.Option(payload, in.span(start, in.previous()));
      }
      case EXPECTED -> {
        in.skip();
        in.take(TokenKind.LT);
        TypeExpr ok = typeOrUnit();
        in.take(TokenKind.COMMA);
        TypeExpr err = typeOrUnit();
        in.take(TokenKind.GT);
        return new TypeExpr.Result(ok, err, in.span(start, in.previous()));
      }
      case TUPLE -> {
        in.skip();
        List<TypeExpr> types = new ArrayList<>();
        in.take(TokenKind.LT);
        while (in.peek().kind() != TokenKind.GT) {
          types.add(type());
          if (!in.eat(TokenKind.COMMA)) {
            break;
          }
        }
        in.take(TokenKind.GT);
        return new TypeExpr.Tuple(List.copyOf(types), in.span(start, in.previous()));
      }
      case FUTURE, STREAM -> throw in.error(start, "`" + start.text() + "` is not supported");
      default -> throw in.expected("a type");
    }
  }

  private static @Nullable PrimitiveType primitive(TokenKind kind) {
    return switch (kind) {
      case U8 -> PrimitiveType.U8;
      case U16 -> PrimitiveType.U16;
      case U32 -> PrimitiveType.U32;
      case U64 -> PrimitiveType.U64;
      case S8 -> PrimitiveType.S8;
      case S16 -> PrimitiveType.S16;
      case S32 -> PrimitiveType.S32;
      case S64 -> PrimitiveType.S64;
      case FLOAT32 -> PrimitiveType.F32;
      case FLOAT64 -> PrimitiveType.F64;
      case CHAR -> PrimitiveType.CHAR;
      case BOOL -> PrimitiveType.BOOL;
      case STRING -> PrimitiveType.STRING;
      default -> null;
    };
  }

  // ---------------------------------------------------------------- names

  /** An identifier, its {@code %} removed, checked against the kebab-case rules. */
  private Ident ident() {
    Token token = in.peek();
    if (token.kind() != TokenKind.ID && token.kind() != TokenKind.EXPLICIT_ID) {
      throw in.expected("an identifier");
    }
    in.skip();
    String name = token.kind() == TokenKind.EXPLICIT_ID ? token.text().substring(1) : token.text();
    String problem = Kebab.problem(name);
    if (problem != null) {
      throw in.error(token, problem);
    }
    return new Ident(name, in.span(token));
  }

  private Annotations annotations(Token first) {
    return first.docs() == null ? Annotations.NONE : new Annotations(first.docs(), List.of());
  }
}
