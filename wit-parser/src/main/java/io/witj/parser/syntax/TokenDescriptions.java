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
    switch (type) {
      case Token.EOF:
        return "eof";
      case WitParser.ID:
      case WitParser.EXPLICIT_ID:
        return "an identifier";
      case WitParser.VERSION:
        return "a version";
      case WitParser.INTEGER:
        return "an integer";
      case WitParser.STRING_LITERAL:
        return "a string";
      default:
        String literal = VOCABULARY.getLiteralName(type);
        if (literal == null) {
          return VOCABULARY.getDisplayName(type);
        }
        String text = literal.substring(1, literal.length() - 1);
        return Character.isLetter(text.charAt(0)) || text.equals("_")
            ? "keyword `" + text + "`"
            : literal;
    }
  }

  /** The token that was found, with its text where that helps: {@code identifier `foo`}. */
  static String found(Token token) {
    switch (token.getType()) {
      case WitParser.ID:
      case WitParser.EXPLICIT_ID:
        return "identifier `" + token.getText() + "`";
      case WitParser.VERSION:
        return "version `" + token.getText() + "`";
      case WitParser.INTEGER:
        return "integer `" + token.getText() + "`";
      default:
        return expected(token.getType());
    }
  }
}
