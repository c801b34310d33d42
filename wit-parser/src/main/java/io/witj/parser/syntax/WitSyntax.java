package io.witj.parser.syntax;

import io.witj.parser.ast.WitFile;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import io.witj.parser.diag.WitException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * The syntax layer of the WIT front end: lexes and parses one {@code .wit} file into its syntax
 * tree. Every problem becomes a {@link Diagnostic}; nothing is printed and no ANTLR message or
 * stack trace reaches the user.
 */
public final class WitSyntax {
  private WitSyntax() {}

  /**
   * Parses {@code file}.
   *
   * @throws WitException with every syntax error found (sorted by position; the first is where the
   *     reference parser stops), when the file is not valid WIT syntax
   */
  public static WitFile parse(SourceFile file) {
    Diagnostic forbidden = LexicalCheck.forbiddenCharacter(file);
    if (forbidden != null) {
      throw new WitException(forbidden);
    }
    TokenSpans spans = new TokenSpans(file);
    WitLexer lexer = new WitLexer(CharStreams.fromString(file.text(), file.displayPath()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    try {
      tokens.fill();
    } catch (StackOverflowError e) {
      throw new WitException(new Span(file, 0, 0), "comments nested too deeply");
    }
    @Nullable Diagnostic lexical = LexicalCheck.firstError(tokens.getTokens(), spans);
    List<Token> significant = new ArrayList<>();
    for (Token token : tokens.getTokens()) {
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        significant.add(token);
      }
    }
    Diagnostic nesting = NestingCheck.check(significant, spans);
    if (nesting != null) {
      throw new WitException(first(lexical, nesting));
    }

    WitParser parser = new WitParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new WitErrorStrategy());
    SyntaxErrorCollector syntaxErrors = new SyntaxErrorCollector(spans);
    parser.addErrorListener(syntaxErrors);
    WitParser.WitFileContext tree = parser.witFile();

    BuildContext build = new BuildContext(spans, new DocComments(tokens));
    @Nullable WitFile result = null;
    try {
      result = new WitAstBuilder(file, build).file(tree);
    } catch (RuntimeException e) {
      // only a tree with syntax errors can be incomplete; those errors are reported below
      if (syntaxErrors.diagnostics().isEmpty()) {
        throw e;
      }
    }

    List<Diagnostic> diagnostics = new ArrayList<>(syntaxErrors.diagnostics());
    diagnostics.addAll(build.diagnostics());
    diagnostics.sort(Comparator.comparingInt(WitSyntax::start));
    // one diagnostic per place: recovery and the builder can both trip over the same token
    for (int i = diagnostics.size() - 1; i > 0; i--) {
      if (start(diagnostics.get(i)) == start(diagnostics.get(i - 1))) {
        diagnostics.remove(i);
      }
    }
    if (lexical != null) {
      // the reference lexer stops at its first error: nothing after it is meaningful
      int stop = start(lexical);
      diagnostics.removeIf(d -> start(d) >= stop);
      diagnostics.add(lexical);
    }
    if (!diagnostics.isEmpty()) {
      throw new WitException(diagnostics);
    }
    // without syntax errors the builder always produced a tree
    return Objects.requireNonNull(result);
  }

  private static Diagnostic first(@Nullable Diagnostic a, Diagnostic b) {
    if (a == null) {
      return b;
    }
    return start(a) <= start(b) ? a : b;
  }

  /** Where a syntax diagnostic starts; every one of them has a place in the file. */
  private static int start(Diagnostic diagnostic) {
    return Objects.requireNonNull(diagnostic.span()).start();
  }
}
