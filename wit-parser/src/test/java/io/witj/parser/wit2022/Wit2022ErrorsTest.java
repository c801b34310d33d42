package io.witj.parser.wit2022;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.parser.Wit;
import io.witj.parser.diag.WitException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invalid 2022-dialect input: each error is reported as {@code path:line:col: message} with the
 * source line and a caret, like today's WIT, and never as a stack trace or a JVM error.
 */
class Wit2022ErrorsTest {
  @TempDir Path temp;

  private WitException fail(String text) {
    return fail(Map.of("a.wit", text), List.of());
  }

  private WitException fail(Map<String, String> files, List<WorldDescriptor> worlds) {
    return assertThrows(
        WitException.class, () -> Wit.loadWit2022(Wit2022LoaderTest.write(temp, files), worlds));
  }

  private String location(WitException e) {
    var span = e.primary().span();
    return span.file().displayPath().replace(temp.toString(), "")
        + ":"
        + span.line()
        + ":"
        + span.column();
  }

  /** Syntax and resolution errors at their place; {@code \n} separates lines of the input. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "f: func();| 1:10 | expected keyword `use`, `type`, `record`, `variant`, `union`, `enum`, `flags`, `resource` or a function, found ';' (the 2022 dialect has no semicolons: items end at the next item)",
        "package a:b;\\ninterface x {}| 1:1 | `package` starts today's WIT, not the 2022 dialect (wit-bindgen 0.2) this file is read as",
        "type x = list<unit>| 1:15 | `unit` can only be a function result, a variant case payload or a side of `expected` (today's WIT has no unit type)",
        "f: func(a: option<unit>)| 1:19 | `unit` can only be a function result, a variant case payload or a side of `expected` (today's WIT has no unit type)",
        "f: async func()| 1:4 | async functions are not supported",
        "x: u32| 1:4 | expected keyword `func` (values other than functions are not supported in the 2022 dialect), found keyword `u32`",
        "/* never closed| 1:1 | unterminated block comment",
        "type foo_bar = u8| 1:6 | invalid character in identifier '_'",
        "record r { a: u8 b: u8 }| 1:18 | expected '}', found identifier `b`",
        "f: func() -> stream| 1:14 | `stream` is not supported",
        "interface x { }| 1:1 | `interface` blocks are not supported: in the 2022 dialect a file is one interface",
        "resource r { 1 }| 1:14 | unexpected character '1'",
        "resource r { type t = u8 }| 1:14 | expected keyword `static`, an identifier or '}', found keyword `type`",
        "f: func() -> nope| 1:14 | name `nope` does not exist",
        "use { a } from b::c| 1:17 | `::` paths are not supported: `use … from f` names a file f.wit beside this one",
        "f: func(a: expected<u8>)| 1:23 | expected ',', found '>'",
      })
  void reportsWhereAndWhat(String text, String where, String message) {
    WitException e = fail(text.replace("\\n", "\n"));
    assertThat(e.primary().message()).isEqualTo(message);
    assertThat(location(e)).isEqualTo("/a.wit:" + where);
    String rendered = e.getMessage();
    assertThat(rendered).startsWith(temp + "/a.wit:" + where + ": " + message + "\n");
    assertThat(rendered).contains("^");
  }

  @Test
  void aMissingUsedFileIsReportedAtTheUse() {
    WitException e = fail("use { x } from missing\n");
    assertThat(location(e)).isEqualTo("/a.wit:1:16");
    assertThat(e.primary().message())
        .isEqualTo(
            "no file `missing.wit` beside this one (`use … from missing` reads the interface of that file)");
  }

  @Test
  void aNameTheUsedFileLacksIsReportedAtTheName() {
    WitException e =
        fail(Map.of("a.wit", "use { nope } from b\n", "b.wit", "type t = u8\n"), List.of());
    assertThat(location(e)).isEqualTo("/a.wit:1:7");
    assertThat(e.primary().message()).contains("nope");
  }

  @Test
  void deepNestingIsADiagnosticNotAStackOverflow() {
    String text = "type t = " + "list<".repeat(10_000) + "u8" + ">".repeat(10_000);
    WitException e = fail(text);
    assertThat(e.primary().message()).isEqualTo("type nesting too deep");
  }

  @Test
  void aFileStemMustBeAnIdentifier() {
    WitException e = fail(Map.of("My_File.wit", "type t = u8\n"), List.of());
    assertThat(e.getMessage())
        .isEqualTo(
            "error: "
                + temp
                + "/My_File.wit: in the 2022 dialect a file's stem names its interface, and"
                + " `My_File` is not a WIT identifier (identifier words must be all lowercase or all"
                + " uppercase, found `My_File`)");
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "w | nope | | world `w`: no interface `nope` (no file nope.wit; interfaces: a, b)",
        "w | a | a | world `w`: interface `a` is named twice",
        "a | b | | world `a`: the name is taken by the interface of a.wit",
        "W_x | a | | world `W_x`: not a WIT identifier (invalid character in identifier '_')",
      })
  void checksWorldDescriptors(String world, String imports, String exports, String message) {
    WorldDescriptor descriptor =
        new WorldDescriptor(
            world, List.of(imports), exports == null ? List.of() : List.of(exports));
    WitException e =
        fail(Map.of("a.wit", "f: func()\n", "b.wit", "g: func()\n"), List.of(descriptor));
    assertThat(e.getMessage()).isEqualTo("error: " + message.replace("TEMP", temp.toString()));
  }

  @Test
  void anEmptyDirectoryIsAnError() throws IOException {
    WitException e = assertThrows(WitException.class, () -> Wit.loadWit2022(temp, List.of()));
    assertThat(e.getMessage()).isEqualTo("error: " + temp + ": no .wit files");
  }
}
