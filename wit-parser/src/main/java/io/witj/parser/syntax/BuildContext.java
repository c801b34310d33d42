package io.witj.parser.syntax;

import io.witj.parser.ast.Annotations;
import io.witj.parser.ast.Attribute;
import io.witj.parser.ast.Ident;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * What the tree builders share: spans, docs, the diagnostics found while building, and the
 * conversions of identifiers, versions and annotations that every item needs.
 */
final class BuildContext {
  private final TokenSpans spans;
  private final DocComments docs;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  BuildContext(TokenSpans spans, DocComments docs) {
    this.spans = spans;
    this.docs = docs;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Records an error, unless it is about a token ANTLR conjured (that error is reported already).
   */
  void error(Span span, String message) {
    if (span.start() < 0) {
      return;
    }
    diagnostics.add(new Diagnostic(span, message));
  }

  Span span(ParserRuleContext context) {
    return spans.of(context);
  }

  Span span(Token token) {
    return spans.of(token);
  }

  Span span(Token first, Token last) {
    return spans.between(first, last);
  }

  /** The docs written before the item that starts at {@code context} (null when none). */
  @Nullable String docs(ParserRuleContext context) {
    return docs.before(context.getStart());
  }

  /** An identifier, its {@code %} removed, checked against the kebab-case rules. */
  Ident ident(WitParser.IdContext context) {
    Token token = context.getStart();
    String text = token.getText();
    String name = token.getType() == WitParser.EXPLICIT_ID ? text.substring(1) : text;
    Span span = spans.of(token);
    String problem = Kebab.problem(name);
    if (problem != null) {
      error(span, problem);
    }
    return new Ident(name, span);
  }

  /**
   * The name of a member or function. The grammar lets a keyword stand here so that a keyword used
   * as a name is one error, reported here, instead of a syntax error that derails the whole item.
   */
  Ident ident(ParserRuleContext name) {
    Token token = name.getStart();
    if (token.getType() == WitParser.ID || token.getType() == WitParser.EXPLICIT_ID) {
      return ident((WitParser.IdContext) name.getChild(0));
    }
    Span span = spans.of(token);
    error(
        span,
        "expected an identifier, found "
            + TokenDescriptions.found(token)
            + " (write %"
            + token.getText()
            + " to use it as a name)");
    return new Ident(token.getText(), span);
  }

  /** The semver text of {@code @x.y.z}, checked; null when {@code context} is null. */
  @Nullable String version(WitParser.VersionContext context) {
    return context == null ? null : version(context.VERSION().getSymbol());
  }

  String version(Token token) {
    String text = token.getText();
    String problem = VersionSyntax.problem(text);
    if (problem != null) {
      error(spans.of(token), "invalid semver `" + text + "`: " + problem);
    }
    return text;
  }

  /** Docs before {@code item} and the attributes written in front of it. */
  Annotations annotations(ParserRuleContext item, List<WitParser.AttributeContext> attributes) {
    String itemDocs = docs(item);
    if (attributes.isEmpty()) {
      return itemDocs == null ? Annotations.NONE : new Annotations(itemDocs, List.of());
    }
    List<Attribute> converted = new ArrayList<>();
    for (WitParser.AttributeContext attribute : attributes) {
      Attribute a = AttributeBuilder.build(attribute, this);
      if (a != null) {
        converted.add(a);
      }
    }
    return new Annotations(itemDocs, List.copyOf(converted));
  }
}
