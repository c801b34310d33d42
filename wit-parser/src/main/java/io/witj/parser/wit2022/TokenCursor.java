package io.witj.parser.wit2022;

import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import io.witj.parser.diag.WitException;
import java.util.List;

/**
 * The significant tokens of one 2022-dialect file as {@link Parser} reads them, one after the
 * other: the next one, moving past it, and the errors at a token, worded like today's parser
 * ({@code expected ':', found identifier `x`}).
 */
final class TokenCursor {
  private final SourceFile file;
  private final List<Token> tokens;
  private int next;

  TokenCursor(SourceFile file) {
    this.file = file;
    this.tokens = Lexer.tokens(file);
  }

  /** Moves past the next token. */
  void skip() {
    next++;
  }

  /** The next token (the last one is {@link TokenKind#EOF}). */
  Token peek() {
    return tokens.get(next);
  }

  Token previous() {
    return tokens.get(Math.max(0, next - 1));
  }

  /** Moves past the next token if it is a {@code kind}. */
  boolean eat(TokenKind kind) {
    if (peek().kind() == kind) {
      next++;
      return true;
    }
    return false;
  }

  /** The next token, which must be a {@code kind}; moves past it. */
  Token take(TokenKind kind) {
    Token token = peek();
    if (token.kind() != kind) {
      throw expected(kind.description());
    }
    next++;
    return token;
  }

  /** {@code expected <what>, found <the next token>}, with a hint for a semicolon. */
  WitException expected(String what) {
    Token found = peek();
    String shown =
        switch (found.kind()) {
          case ID, EXPLICIT_ID -> "identifier `" + found.text() + "`";
          default -> found.kind().description();
        };
    String hint =
        found.kind() == TokenKind.SEMICOLON
            ? " (the 2022 dialect has no semicolons: items end at the next item)"
            : "";
    return error(found, "expected " + what + ", found " + shown + hint);
  }

  WitException error(Token at, String message) {
    return new WitException(span(at), message);
  }

  Span span(Token token) {
    return new Span(file, token.start(), token.end());
  }

  Span span(Token first, Token last) {
    return new Span(file, first.start(), Math.max(first.start(), last.end()));
  }
}
