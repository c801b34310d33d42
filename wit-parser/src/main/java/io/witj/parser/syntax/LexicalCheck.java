package io.witj.parser.syntax;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Lexical errors: characters WIT forbids anywhere in a file (checked before lexing, as the
 * reference parser does), and the error tokens the lexer emits on the hidden channel (an
 * unterminated comment or string, or a character that cannot start any token).
 */
public final class LexicalCheck {
  private LexicalCheck() {}

  /**
   * The first control code (other than newline, carriage return and tab), bidirectional override or
   * Unicode-discouraged code point in the text, or null. The 2022 dialect's front end checks the
   * same characters.
   */
  public static @Nullable Diagnostic forbiddenCharacter(SourceFile file) {
    String text = file.text();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      String problem = null;
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        problem = "control code";
      } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
        problem = "bidirectional override code point";
      } else if (c == 0x149
          || c == 0x673
          || c == 0xF77
          || c == 0xF79
          || (c >= 0x17A3 && c <= 0x17A4)
          || (c >= 0x17B4 && c <= 0x17B5)) {
        problem = "code point discouraged by Unicode";
      }
      if (problem != null) {
        return new Diagnostic(
            new Span(file, i, i + width),
            "input contains " + problem + " " + String.format("'\\u{%x}'", c));
      }
      i += width;
    }
    return null;
  }

  static @Nullable Diagnostic firstError(List<Token> tokens, TokenSpans spans) {
    for (Token token : tokens) {
      switch (token.getType()) {
        case WitParser.UNTERMINATED_COMMENT -> {
          return new Diagnostic(spans.of(token), "unterminated block comment");
        }
        case WitLexer.UNTERMINATED_STRING -> {
          return new Diagnostic(spans.of(token), "unterminated string literal");
        }
        case WitLexer.INVALID_CHARACTER -> {
          return new Diagnostic(
              spans.of(token), "unexpected character " + describe(token.getText()));
        }
        default -> {}
      }
    }
    return null;
  }

  private static String describe(String text) {
    int codePoint = text.codePointAt(0);
    if (Character.isISOControl(codePoint)
        || Character.isWhitespace(codePoint)
        || Character.getType(codePoint) == Character.FORMAT) {
      return String.format("'\\u{%x}'", codePoint);
    }
    return "'" + text + "'";
  }
}
