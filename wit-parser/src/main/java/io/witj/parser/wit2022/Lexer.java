package io.witj.parser.wit2022;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import io.witj.parser.diag.WitException;
import io.witj.parser.syntax.LexicalCheck;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a 2022-dialect file into its significant tokens. Whitespace (newlines included: the
 * dialect has no separators) and comments are skipped; {@code ///} and {@code /** … *}{@code /}
 * comments become the docs of the next token. The first lexical error (a forbidden character, an
 * unterminated block comment, a character that starts no token) raises a {@link WitException}.
 */
final class Lexer {
  private final SourceFile file;
  private final String text;
  private final List<String> pendingDocs = new ArrayList<>();
  private int pos;

  private Lexer(SourceFile file) {
    this.file = file;
    this.text = file.text();
  }

  /** The tokens of {@code file}, ending with an {@link TokenKind#EOF} token. */
  static List<Token> tokens(SourceFile file) {
    Diagnostic forbidden = LexicalCheck.forbiddenCharacter(file);
    if (forbidden != null) {
      throw new WitException(forbidden);
    }
    return new Lexer(file).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    if (text.startsWith("\uFEFF")) {
      pos = 1;
    }
    while (true) {
      skipTrivia();
      if (pos >= text.length()) {
        tokens.add(new Token(TokenKind.EOF, text.length(), text.length(), "", takeDocs()));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private void skipTrivia() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else if (text.startsWith("//", pos)) {
        int end = text.indexOf('\n', pos);
        end = end < 0 ? text.length() : end;
        if (text.startsWith("///", pos)) {
          pendingDocs.add(text.substring(pos + 3, end).stripTrailing());
        }
        pos = end;
      } else if (text.startsWith("/*", pos)) {
        blockComment();
      } else {
        return;
      }
    }
  }

  /** Skips a (nested) block comment; a {@code /**} comment is a doc comment. */
  private void blockComment() {
    int start = pos;
    int depth = 0;
    do {
      if (pos >= text.length()) {
        throw error(start, start + 2, "unterminated block comment");
      }
      if (text.startsWith("/*", pos)) {
        depth++;
        pos += 2;
      } else if (text.startsWith("*/", pos)) {
        depth--;
        pos += 2;
      } else {
        pos++;
      }
    } while (depth > 0);
    if (text.startsWith("/**", start) && pos - start >= 5) {
      for (String line : text.substring(start + 3, pos - 2).split("\n", -1)) {
        pendingDocs.add(line.stripTrailing());
      }
    }
  }

  private Token next() {
    int start = pos;
    char c = text.charAt(pos);
    TokenKind punctuation =
        switch (c) {
          case '=' -> TokenKind.EQUALS;
          case ',' -> TokenKind.COMMA;
          case ':' -> TokenKind.COLON;
          case ';' -> TokenKind.SEMICOLON;
          case '(' -> TokenKind.LPAREN;
          case ')' -> TokenKind.RPAREN;
          case '{' -> TokenKind.LBRACE;
          case '}' -> TokenKind.RBRACE;
          case '<' -> TokenKind.LT;
          case '>' -> TokenKind.GT;
          case '*' -> TokenKind.STAR;
          default -> null;
        };
    if (punctuation != null) {
      pos++;
      return token(punctuation, start);
    }
    if (text.startsWith("->", pos)) {
      pos += 2;
      return token(TokenKind.ARROW, start);
    }
    if (c == '%') {
      pos++;
      skipWord();
      return token(TokenKind.EXPLICIT_ID, start);
    }
    int codePoint = text.codePointAt(pos);
    if (Character.isUnicodeIdentifierStart(codePoint) || c == '_' || c == '-') {
      skipWord();
      return token(TokenKind.word(text.substring(start, pos)), start);
    }
    String shown =
        Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
            ? String.format("'\\u{%x}'", codePoint)
            : "'" + Character.toString(codePoint) + "'";
    throw error(start, start + Character.charCount(codePoint), "unexpected character " + shown);
  }

  private void skipWord() {
    while (pos < text.length()) {
      int codePoint = text.codePointAt(pos);
      boolean wordPart = Character.isUnicodeIdentifierPart(codePoint) || codePoint == '-';
      if (!wordPart || Character.isIdentifierIgnorable(codePoint)) {
        return;
      }
      pos += Character.charCount(codePoint);
    }
  }

  private Token token(TokenKind kind, int start) {
    return new Token(kind, start, pos, text.substring(start, pos), takeDocs());
  }

  /** The doc comments seen since the previous token, joined; null when there are none. */
  private @Nullable String takeDocs() {
    if (pendingDocs.isEmpty()) {
      return null;
    }
    int indent = Integer.MAX_VALUE;
    for (String line : pendingDocs) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder docs = new StringBuilder();
    for (String line : pendingDocs) {
      if (docs.length() > 0) {
        docs.append('\n');
      }
      docs.append(line.isBlank() ? "" : line.substring(indent));
    }
    pendingDocs.clear();
    String joined = docs.toString().strip();
    return joined.isEmpty() ? null : joined;
  }

  private WitException error(int start, int end, String message) {
    return new WitException(new Span(file, start, end), message);
  }
}
