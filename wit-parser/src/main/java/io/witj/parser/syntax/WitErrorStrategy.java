package io.witj.parser.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * ANTLR's recovery without single-token deletion: deleting the offending token lets the parser take
 * the start of the next item as the rest of a broken one (in {@code type x = ; f: func()}, {@code
 * f} would become the type), which turns one mistake into a cascade of errors. Recovery by
 * resynchronising on the follow set keeps later diagnostics meaningful.
 */
final class WitErrorStrategy extends DefaultErrorStrategy {
  @Override
  protected @Nullable Token singleTokenDeletion(Parser recognizer) {
    return null;
  }
}
