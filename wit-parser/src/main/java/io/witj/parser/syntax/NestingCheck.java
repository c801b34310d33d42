package io.witj.parser.syntax;

import io.witj.parser.diag.Diagnostic;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * A token-level scan, run before parsing, that rejects types and packages nested deeper than the
 * reference parser allows (100 levels). It keeps the recursive-descent parser and the tree builder
 * far from any stack limit however deep the input nests.
 */
final class NestingCheck {
  static final int MAX_DEPTH = 100;

  private NestingCheck() {}

  /** The first nesting error among the (default-channel) {@code tokens}, or null. */
  static @Nullable Diagnostic check(List<Token> tokens, TokenSpans spans) {
    int typeDepth = 0;
    int braceDepth = 0;
    // packageBraces[d] is true when the brace that opened depth d+1 belongs to a package block
    boolean[] packageBraces = new boolean[16];
    int packageDepth = 0;
    boolean pendingPackage = false;
    Token previous = null;
    for (Token token : tokens) {
      switch (token.getType()) {
        case WitParser.LT -> {
          typeDepth++;
          if (typeDepth > MAX_DEPTH) {
            Token at = previous != null ? previous : token;
            return new Diagnostic(spans.of(at), "type nesting too deep");
          }
        }
        case WitParser.GT -> typeDepth = Math.max(0, typeDepth - 1);
        case WitParser.SEMICOLON -> {
          typeDepth = 0;
          pendingPackage = false;
        }
        case WitParser.PACKAGE -> {
          if (packageDepth >= MAX_DEPTH) {
            return new Diagnostic(spans.of(token), "package nesting too deep");
          }
          pendingPackage = true;
        }
        case WitParser.LBRACE -> {
          typeDepth = 0;
          if (braceDepth == packageBraces.length) {
            packageBraces = java.util.Arrays.copyOf(packageBraces, braceDepth * 2);
          }
          packageBraces[braceDepth++] = pendingPackage;
          if (pendingPackage) {
            packageDepth++;
          }
          pendingPackage = false;
        }
        case WitParser.RBRACE -> {
          typeDepth = 0;
          if (braceDepth > 0 && packageBraces[--braceDepth]) {
            packageDepth--;
          }
        }
        default -> {}
      }
      previous = token;
    }
    return null;
  }
}
