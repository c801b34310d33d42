package io.witj.parser.syntax;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.WitException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax errors: where they are reported and how they read. */
class WitSyntaxErrorsTest {

  private static Diagnostic firstError(String text) {
    WitException e =
        assertThrows(WitException.class, () -> WitSyntax.parse(new SourceFile("t.wit", text)));
    return e.primary();
  }

  private static String location(Diagnostic d) {
    return d.span().line() + ":" + d.span().column();
  }

  /** The parse-fail cases of the reference suite whose error is found while parsing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "async-bad1.wit | 5:5 | found keyword `async`",
        "async-bad2.wit | 5:14 | expected keyword `func`, found keyword `static`",
        "bad-deprecated1.wit | 4:1 | expected '(', found keyword `interface`",
        "bad-deprecated4.wit | 3:13 | expected `version`, found `since`",
        "bad-list.wit | 6:3 | found keyword `type`",
        "bad-list2.wit | 6:3 | expected an integer, found keyword `type`",
        "bad-list3.wit | 4:21 | expected an integer, found '>'",
        "bad-resource1.wit | 4:19 | expected an identifier, found keyword `u32`",
        "bad-resource10.wit | 4:16 | expected an identifier, found keyword `u32`",
        "bad-resource9.wit | 5:5 | found keyword `interface`",
        "bad-since1.wit | 4:1 | expected '(', found keyword `interface`",
        "dangling-type.wit | 6:1 | expected an identifier, found eof",
        "include-with-id.wit | 10:25 | expected keyword `as`, found ':'",
        "invalid-toplevel.wit | 5:1 | expected ':', found '}'",
        "keyword.wit | 4:8 | expected an identifier, found keyword `option`",
        "multiple-packages-no-scope-blocks.wit | 7:17 | expected '{', found ';'",
        "package-nesting-too-deep.wit | 103:1 | package nesting too deep",
        "resources-multiple-returns-borrow.wit | 4:30 | expected a type, found '('",
        "type-nesting-too-deep.wit | 107:5 | type nesting too deep",
        "very-nested-packages.wit | 4:11 | nested packages must be placed at the top-level",
      })
  void matchesReferenceLocation(String name, String expectedLocation, String message)
      throws IOException {
    Path dir =
        WitSyntaxCorpusTest.sharedDirectory(
            "witj.witParserUi", "../../shared/conformance/wit-parser-ui");
    SourceFile file = WitSyntaxCorpusTest.read(dir.resolve("parse-fail").resolve(name));
    WitException e = assertThrows(WitException.class, () -> WitSyntax.parse(file));
    assertThat(location(e.primary())).isEqualTo(expectedLocation);
    assertThat(e.primary().message()).contains(message);
  }

  @Test
  void tenThousandNestedListsGiveADiagnosticQuickly() {
    String text =
        "package a:b;\ninterface i {\n  type t = "
            + "list<".repeat(10_000)
            + "u8"
            + ">".repeat(10_000)
            + ";\n}\n";
    Diagnostic d = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> firstError(text));
    assertThat(d.message()).isEqualTo("type nesting too deep");
    assertThat(location(d)).isEqualTo("3:" + (12 + 5 * 100));
  }

  @Test
  void deeplyNestedPackagesCommentsAndBracesDoNotOverflow() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertThat(firstError("package a:c {".repeat(10_000)).message())
              .isEqualTo("package nesting too deep");
          assertThat(firstError("package a:b;\n" + "{".repeat(10_000)).message())
              .contains("found '{'");
          WitSyntax.parse(new SourceFile("t.wit", "/*".repeat(10_000) + "*/".repeat(10_000)));
        });
  }

  @Test
  void lexicalErrors() {
    Diagnostic comment = firstError("package a:b;\n/* a /* nested */ comment\ninterface i {}\n");
    assertThat(comment.message()).isEqualTo("unterminated block comment");
    assertThat(location(comment)).isEqualTo("2:1");

    Diagnostic character = firstError("package a:b;\ninterface i { f: func() -> u32 $ }\n");
    assertThat(character.message()).isEqualTo("unexpected character '$'");
    assertThat(location(character)).isEqualTo("2:32");

    Diagnostic string = firstError("package a:b;\nworld w { @external-id(\"abc\n}\n");
    assertThat(string.message()).isEqualTo("unterminated string literal");
  }

  @Test
  void forbiddenCharactersAnywhere() {
    Diagnostic bidi = firstError("package a:b;\n// hidden \u202e text\ninterface i {}\n");
    assertThat(bidi.message())
        .isEqualTo("input contains bidirectional override code point '\\u{202e}'");
    assertThat(location(bidi)).isEqualTo("2:11");
    assertThat(firstError("package a:b;\u0007").message()).contains("control code");
  }

  @Test
  void identifierSpelling() {
    assertThat(firstError("package a:b;\ninterface Foo-bar {}").message())
        .contains("all lowercase or all uppercase");
    assertThat(firstError("package a:b;\ninterface foo--bar {}").message())
        .isEqualTo("identifiers must have characters between '-'s");
    assertThat(firstError("package a:b;\ninterface foo_bar {}").message())
        .isEqualTo("invalid character in identifier '_'");
    assertThat(firstError("package a:b;\ninterface %1st {}").message())
        .contains("must start with a letter");
  }

  @Test
  void invalidVersionsAndAttributes() {
    Diagnostic semver = firstError("package a:b@01.0.0;\n");
    assertThat(semver.message()).contains("invalid leading zero in major version number");
    assertThat(location(semver)).isEqualTo("1:13");
    assertThat(firstError("package a:b@1.0.0;\n@since(version = x)\ninterface i {}").message())
        .isEqualTo("expected a version, found identifier `x`");
    assertThat(
            firstError("package a:b@1.0.0;\n@unstable(version = 1.0.0)\ninterface i {}").message())
        .isEqualTo("expected `feature`, found `version`");
    assertThat(firstError("package a:b@1.0.0;\n@gate(version = 1.0.0)\ninterface i {}").message())
        .startsWith("unknown attribute `@gate`");
  }

  @Test
  void importOfAPackageNameIsRejected() {
    Diagnostic d = firstError("package a:b;\nworld w {\n  import a:b;\n}\n");
    assertThat(d.message()).startsWith("expected '/', found ';'");
    assertThat(location(d)).isEqualTo("3:13");
  }

  @Test
  void collectsSeveralErrorsInOrder() {
    WitException e =
        assertThrows(
            WitException.class,
            () ->
                WitSyntax.parse(
                    new SourceFile(
                        "t.wit",
                        "package a:b;\ninterface i {\n  type x = ;\n  f: func(a: u32 b: u32);\n}\n")));
    assertThat(e.diagnostics().size()).isAtLeast(2);
    assertThat(location(e.diagnostics().get(0))).isEqualTo("3:12");
    assertThat(location(e.diagnostics().get(1))).isEqualTo("4:18");
    assertThat(e.diagnostics().get(1).message())
        .isEqualTo("expected ',' or ')', found identifier `b`");
    assertThat(e.getMessage())
        .startsWith("t.wit:3:12: expected a type, found ';'\n3 |   type x = ;");
  }

  /**
   * A keyword used as the name of a field, case, parameter or function is one error at the keyword;
   * parsing goes on at the next member, so the rest of the file is checked as usual.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "record r { type: u32, b: u32 } | 3:14 | type",
        "record r { a: u32, list: list<u32>, b: string } | 3:22 | list",
        "variant v { a, string(u32), b } | 3:18 | string",
        "enum e { a, func, b } | 3:15 | func",
        "flags f { a, b, use } | 3:19 | use",
        "g: func(a: u32, record: u32, b: u32) -> u32; | 3:19 | record",
        "g: func(interface: u32); | 3:11 | interface",
        "g: func() -> result<u32, string>; string: func(); | 3:37 | string",
        "resource x { constructor(async: u32); m: func(); } | 3:28 | async",
        "resource x { constructor(); list: func(); } | 3:31 | list",
        "type: func(); | 3:3 | type",
        "record: func(a: u32); type t = u32; | 3:3 | record",
        "use: func() -> u32; | 3:3 | use",
        "async: func(); | 3:3 | async",
        "resource x { constructor: func(); m: func(); } | 3:16 | constructor",
        "resource x { variant: static func(); } | 3:16 | variant",
      })
  void aKeywordAsAMemberNameIsOneError(String member, String location, String keyword) {
    String text = "package a:b;\ninterface i {\n  " + member + "\n  h: func(x: u32);\n}\n";
    WitException e =
        assertThrows(WitException.class, () -> WitSyntax.parse(new SourceFile("t.wit", text)));
    assertThat(e.diagnostics()).hasSize(1);
    assertThat(location(e.primary())).isEqualTo(location);
    assertThat(e.primary().message())
        .isEqualTo(
            "expected an identifier, found keyword `"
                + keyword
                + "` (write %"
                + keyword
                + " to use it as a name)");
  }

  @Test
  void aKeywordWhereATypeStandsIsOneError() {
    for (String keyword : List.of("func", "record", "interface", "async")) {
      String text =
          "package a:b;\ninterface i {\n  f: func(a: "
              + keyword
              + ") -> "
              + keyword
              + ";\n  g: func() -> u32;\n}\n";
      WitException e =
          assertThrows(WitException.class, () -> WitSyntax.parse(new SourceFile("t.wit", text)));
      assertThat(e.diagnostics().stream().map(d -> location(d) + " " + d.message()))
          .containsExactly(
              "3:14 expected a type, found keyword `" + keyword + "`",
              "3:" + (19 + keyword.length()) + " expected a type, found keyword `" + keyword + "`")
          .inOrder();
    }
  }

  @Test
  void keywordsAsNamesAreFoundEverywhereAndOtherErrorsStillFollow() {
    WitException e =
        assertThrows(
            WitException.class,
            () ->
                WitSyntax.parse(
                    new SourceFile(
                        "t.wit",
                        "package a:b;\ninterface i {\n  record r { type: u32, b: u32 }\n"
                            + "  enum e { func }\n  type x = ;\n}\n")));
    assertThat(e.diagnostics().stream().map(WitSyntaxErrorsTest::location))
        .containsExactly("3:14", "4:12", "5:12")
        .inOrder();
    assertThat(e.diagnostics().get(2).message()).isEqualTo("expected a type, found ';'");
  }

  @Test
  void printsNothingToTheConsole() {
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(captured)) {
      System.setErr(capture);
      System.setOut(capture);
      assertThrows(
          WitException.class,
          () -> WitSyntax.parse(new SourceFile("t.wit", "interface { $ ~ type")));
      assertThrows(
          WitException.class,
          () -> WitSyntax.parse(new SourceFile("t.wit", "world w { import ; export }")));
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    assertThat(captured.toString()).isEmpty();
  }
}
