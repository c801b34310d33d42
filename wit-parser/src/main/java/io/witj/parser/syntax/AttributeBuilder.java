package io.witj.parser.syntax;

import io.witj.parser.ast.Attribute;
import io.witj.parser.diag.Span;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/** Checks one {@code @name(…)} annotation and turns it into an {@link Attribute}. */
final class AttributeBuilder {
  private AttributeBuilder() {}

  /** The attribute, or null (with a diagnostic in {@code build}) when it is not a valid one. */
  static @Nullable Attribute build(WitParser.AttributeContext context, BuildContext build) {
    Span span = build.span(context);
    String name = context.id().getText();
    WitParser.AttributeArgumentContext argument = context.attributeArgument();
    switch (name) {
      case "since" -> {
        String version = versionArgument(argument, build);
        return version == null ? null : new Attribute.Since(version, span);
      }
      case "deprecated" -> {
        String version = versionArgument(argument, build);
        return version == null ? null : new Attribute.Deprecated(version, span);
      }
      case "unstable" -> {
        WitParser.NamedAttributeArgumentContext named = named(argument, "feature", build);
        if (named == null) {
          return null;
        }
        if (named.VERSION() != null) {
          build.error(
              build.span(named.VERSION().getSymbol()),
              "expected an identifier, found "
                  + TokenDescriptions.found(named.VERSION().getSymbol()));
          return null;
        }
        return new Attribute.Unstable(build.ident(named.id(1)), span);
      }
      case "external-id" -> {
        if (!(argument instanceof WitParser.StringAttributeArgumentContext string)) {
          build.error(build.span(argument), "expected a string, found " + found(argument));
          return null;
        }
        Token literal = string.STRING_LITERAL().getSymbol();
        try {
          return new Attribute.ExternalId(StringLiteral.decode(literal.getText()), span);
        } catch (StringLiteral.InvalidEscape e) {
          Span at = build.span(literal);
          build.error(
              new Span(at.file(), at.start() + e.offset, at.start() + e.offset + 2), e.reason);
          return null;
        }
      }
      default -> {
        build.error(
            build.span(context.id()),
            "unknown attribute `@"
                + name
                + "` (expected `@since`, `@unstable`, `@deprecated` or"
                + " `@external-id`)");
        return null;
      }
    }
  }

  private static @Nullable String versionArgument(
      WitParser.AttributeArgumentContext argument, BuildContext build) {
    WitParser.NamedAttributeArgumentContext named = named(argument, "version", build);
    if (named == null) {
      return null;
    }
    if (named.VERSION() == null) {
      build.error(build.span(named.id(1)), "expected a version, found " + found(named.id(1)));
      return null;
    }
    return build.version(named.VERSION().getSymbol());
  }

  /** The {@code key = value} argument when its key is {@code key}, else null and a diagnostic. */
  private static WitParser.@Nullable NamedAttributeArgumentContext named(
      WitParser.AttributeArgumentContext argument, String key, BuildContext build) {
    if (!(argument instanceof WitParser.NamedAttributeArgumentContext named)) {
      build.error(build.span(argument), "expected `" + key + "`, found " + found(argument));
      return null;
    }
    String written = named.id(0).getText();
    if (!written.equals(key)) {
      build.error(build.span(named.id(0)), "expected `" + key + "`, found `" + written + "`");
      return null;
    }
    return named;
  }

  private static String found(org.antlr.v4.runtime.ParserRuleContext context) {
    return TokenDescriptions.found(context.getStart());
  }
}
