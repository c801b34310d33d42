package io.witj.parser.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * The documentation of an item: every comment between the previous significant token and the item,
 * joined as the reference parser does (leading {@code /} trimmed, {@code /**}…{@code *}{@code /}
 * stripped, common indentation removed, lines joined by {@code \n}, trailing newlines dropped).
 */
final class DocComments {
  private final BufferedTokenStream tokens;

  DocComments(BufferedTokenStream tokens) {
    this.tokens = tokens;
  }

  /**
   * The docs written before {@code first} (the item's first token), or null when there are none.
   */
  @Nullable String before(Token first) {
    if (first == null || first.getTokenIndex() < 0) {
      return null;
    }
    List<Token> hidden = tokens.getHiddenTokensToLeft(first.getTokenIndex());
    if (hidden == null) {
      return null;
    }
    List<String> comments = new ArrayList<>();
    for (Token token : hidden) {
      if (token.getType() == WitLexer.LINE_COMMENT || token.getType() == WitLexer.BLOCK_COMMENT) {
        comments.add(token.getText());
      }
    }
    return comments.isEmpty() ? null : join(comments);
  }

  /** Joins raw comment texts into one docs string (null when it comes out empty). */
  static @Nullable String join(List<String> comments) {
    List<String> contents = new ArrayList<>();
    for (String comment : comments) {
      String text;
      if (comment.startsWith("/**") && comment.endsWith("*/") && comment.length() >= 5) {
        text = comment.substring(3, comment.length() - 2);
      } else {
        int start = 0;
        while (start < comment.length() && comment.charAt(start) == '/') {
          start++;
        }
        text = comment.substring(start);
      }
      contents.add(text.stripTrailing().replace("\r\n", "\n"));
    }
    int indent = Integer.MAX_VALUE;
    for (String text : contents) {
      if (!text.isEmpty()) {
        int n = 0;
        while (n < text.length() && isAsciiWhitespace(text.charAt(n))) {
          n++;
        }
        indent = Math.min(indent, n);
      }
    }
    StringBuilder out = new StringBuilder();
    String prefix = indent == Integer.MAX_VALUE ? "" : " ".repeat(indent);
    for (String text : contents) {
      if (!prefix.isEmpty() && text.startsWith(prefix)) {
        text = text.substring(prefix.length());
      }
      out.append(text).append('\n');
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    return end == 0 ? null : out.substring(0, end);
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
