package io.witj.parser.syntax;

import io.witj.parser.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Receives ANTLR's syntax errors and turns each into a {@link Diagnostic} worded like the reference
 * parser: <code>expected '&#123;', found ';'</code> at the offending token. ANTLR's own message
 * text is not used.
 */
final class SyntaxErrorCollector extends BaseErrorListener {
  private static final IntervalSet IDENTIFIERS =
      IntervalSet.of(WitParser.ID, WitParser.EXPLICIT_ID);
  private static final IntervalSet TYPE_STARTS = typeStarts();

  private final TokenSpans spans;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  SyntaxErrorCollector(TokenSpans spans) {
    this.spans = spans;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String msg,
      RecognitionException e) {
    Token found = (Token) offendingSymbol;
    IntervalSet expected =
        e != null && e.getExpectedTokens() != null
            ? e.getExpectedTokens()
            : ((Parser) recognizer).getExpectedTokens();
    RuleContext rule =
        e != null && e.getCtx() != null ? e.getCtx() : ((Parser) recognizer).getContext();
    boolean typePosition = rule != null && rule.getRuleIndex() == WitParser.RULE_ty;
    String message =
        "expected "
            + describe(typePosition ? withoutKeywordsAsTypes(expected) : expected)
            + ", found "
            + TokenDescriptions.found(found);
    diagnostics.add(new Diagnostic(spans.of(found), message));
  }

  /** {@code a type}, {@code an identifier or '}'}, {@code ';', '/' or '@'}. */
  static String describe(IntervalSet expected) {
    IntervalSet rest = withoutKeywordsAsNames(expected);
    rest.remove(Token.EPSILON);
    List<String> names = new ArrayList<>();
    if (rest.contains(WitParser.U8) && rest.contains(WitParser.ID)) {
      names.add("a type");
      rest = rest.subtract(TYPE_STARTS);
    } else if (rest.contains(WitParser.ID) || rest.contains(WitParser.EXPLICIT_ID)) {
      names.add("an identifier");
      rest = rest.subtract(IDENTIFIERS);
    }
    for (int type : rest.toArray()) {
      names.add(TokenDescriptions.expected(type));
    }
    if (names.isEmpty()) {
      return "something else";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  /**
   * {@code expected} without the keywords the grammar accepts as names only so that the builder can
   * report them as one error ({@code memberName}, {@code funcName}): where a name is expected the
   * user is told "an identifier", not every keyword.
   */
  private static IntervalSet withoutKeywordsAsNames(IntervalSet expected) {
    if (!expected.contains(WitParser.ID) || !expected.contains(WitParser.FUNC)) {
      return new IntervalSet(expected);
    }
    // a member name takes every keyword, `async` included; a function name not those that start
    // another member (`type`, `record`, …, `constructor`)
    IntervalSet names = new IntervalSet();
    for (int rule :
        expected.contains(WitParser.ASYNC)
            ? new int[] {
              WitParser.RULE_typeKeyword, WitParser.RULE_itemKeyword, WitParser.RULE_otherKeyword
            }
            : new int[] {WitParser.RULE_typeKeyword, WitParser.RULE_otherKeyword}) {
      names.addAll(WitParser._ATN.nextTokens(WitParser._ATN.ruleToStartState[rule]));
    }
    if (expected.contains(WitParser.ASYNC)) {
      names.add(WitParser.ASYNC);
      names.add(WitParser.CONSTRUCTOR);
    }
    return expected.subtract(names);
  }

  /**
   * {@code expected} at a type without the keywords the grammar accepts there only so that the
   * builder can report them as one error (keywordType): the user is told "a type".
   */
  private static IntervalSet withoutKeywordsAsTypes(IntervalSet expected) {
    IntervalSet notTypes = new IntervalSet();
    for (int rule : new int[] {WitParser.RULE_itemKeyword, WitParser.RULE_otherKeyword}) {
      notTypes.addAll(WitParser._ATN.nextTokens(WitParser._ATN.ruleToStartState[rule]));
    }
    notTypes.add(WitParser.ASYNC);
    notTypes.add(WitParser.CONSTRUCTOR);
    return expected.subtract(notTypes);
  }

  private static IntervalSet typeStarts() {
    IntervalSet set = new IntervalSet();
    for (int type :
        new int[] {
          WitParser.U8,
          WitParser.U16,
          WitParser.U32,
          WitParser.U64,
          WitParser.S8,
          WitParser.S16,
          WitParser.S32,
          WitParser.S64,
          WitParser.F32,
          WitParser.F64,
          WitParser.CHAR,
          WitParser.BOOL,
          WitParser.STRING,
          WitParser.ERROR_CONTEXT,
          WitParser.TUPLE,
          WitParser.LIST,
          WitParser.MAP,
          WitParser.OPTION,
          WitParser.RESULT,
          WitParser.FUTURE,
          WitParser.STREAM,
          WitParser.OWN,
          WitParser.BORROW,
          WitParser.ID,
          WitParser.EXPLICIT_ID
        }) {
      set.add(type);
    }
    return set;
  }
}
