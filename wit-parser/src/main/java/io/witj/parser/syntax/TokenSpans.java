package io.witj.parser.syntax;

import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Turns ANTLR token positions (code-point indices) into {@link Span}s over the source text (UTF-16
 * character offsets, as {@link SourceFile} counts them).
 */
final class TokenSpans {
  private final SourceFile file;

  /** Character offset of each code-point index, or null when the text has no surrogate pairs. */
  private final int @Nullable [] charOffsets;

  TokenSpans(SourceFile file) {
    this.file = file;
    String text = file.text();
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      charOffsets = null;
    } else {
      charOffsets = new int[codePoints + 1];
      int offset = 0;
      for (int i = 0; i < codePoints; i++) {
        charOffsets[i] = offset;
        offset += Character.charCount(text.codePointAt(offset));
      }
      charOffsets[codePoints] = text.length();
    }
  }

  SourceFile file() {
    return file;
  }

  /** The character offset of a code-point index; -1 stays -1 (a token ANTLR made up). */
  int offset(int codePointIndex) {
    if (codePointIndex < 0) {
      return -1;
    }
    if (charOffsets == null) {
      return codePointIndex;
    }
    return charOffsets[Math.max(0, Math.min(codePointIndex, charOffsets.length - 1))];
  }

  /** The span of a token; it starts at -1 for a token that ANTLR conjured while recovering. */
  Span of(Token token) {
    int start = offset(token.getStartIndex());
    int end = Math.max(start, offset(token.getStopIndex() + 1));
    return new Span(file, start, end);
  }

  /** From the start of {@code first} to the end of {@code last}. */
  Span between(Token first, Token last) {
    Span start = of(first);
    if (last == null || last.getTokenIndex() < first.getTokenIndex()) {
      return start;
    }
    return new Span(file, start.start(), Math.max(start.start(), of(last).end()));
  }

  Span of(ParserRuleContext context) {
    return between(context.getStart(), context.getStop());
  }
}
