package io.witj.parser.syntax;

import io.witj.parser.diag.Diagnostic;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Finds the first lexical error among all tokens (the error tokens the lexer emits on the hidden
 * channel): an unterminated comment or string, or a character that cannot start any token.
 */
final class LexicalCheck {
  private LexicalCheck() {}

  static Diagnostic firstError(List<Token> tokens, TokenSpans spans) {
    for (Token token : tokens) {
      switch (token.getType()) {
        case WitParser.UNTERMINATED_COMMENT:
          return new Diagnostic(spans.of(token), "unterminated block comment");
        case WitLexer.UNTERMINATED_STRING:
          return new Diagnostic(spans.of(token), "unterminated string literal");
        case WitLexer.INVALID_CHARACTER:
          return new Diagnostic(spans.of(token), "unexpected character " + describe(token.getText()));
        default:
          break;
      }
    }
    return null;
  }

  private static String describe(String text) {
    int codePoint = text.codePointAt(0);
    if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
        || Character.getType(codePoint) == Character.FORMAT) {
      return String.format("'\\u{%x}'", codePoint);
    }
    return "'" + text + "'";
  }
}
