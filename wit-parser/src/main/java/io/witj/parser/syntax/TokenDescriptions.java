package io.witj.parser.syntax;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/**
 * How tokens are named in syntax errors, worded like the reference parser ("keyword `func`",
 * "'{'").
 */
final class TokenDescriptions {
  private static final Vocabulary VOCABULARY = WitParser.VOCABULARY;

  private TokenDescriptions() {}

  /** The kind of token that was expected, for example {@code keyword `func`} or {@code ';'}. */
  static String expected(int type) {
    return switch (type) {
      case Token.EOF -> "eof";
      case WitParser.ID, WitParser.EXPLICIT_ID -> "an identifier";
      case WitParser.VERSION -> "a version";
      case WitParser.INTEGER -> "an integer";
      case WitParser.STRING_LITERAL -> "a string";
      default -> {
        String literal = VOCABULARY.getLiteralName(type);
        if (literal == null) {
          yield VOCABULARY.getDisplayName(type);
        }
        String text = literal.substring(1, literal.length() - 1);
        yield Character.isLetter(text.charAt(0)) || text.equals("_")
            ? "keyword `" + text + "`"
            : literal;
      }
    };
  }

  /** The token that was found, with its text where that helps: {@code identifier `foo`}. */
  static String found(Token token) {
    return switch (token.getType()) {
      case WitParser.ID, WitParser.EXPLICIT_ID -> "identifier `" + token.getText() + "`";
      case WitParser.VERSION -> "version `" + token.getText() + "`";
      case WitParser.INTEGER -> "integer `" + token.getText() + "`";
      default -> expected(token.getType());
    };
  }
}
