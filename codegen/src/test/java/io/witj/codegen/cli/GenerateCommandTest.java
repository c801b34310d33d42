package io.witj.codegen.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  private static final String WIT =
      """
      package a:b;
      interface i { f: func(x: u32) -> string; g: async func(); }
      world w { import i; export run: func(); }
      world v { import i; }
      """;

  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  private String wit() throws Exception {
    return Files.writeString(dir.resolve("t.wit"), WIT).toString();
  }

  @Test
  void badPathsFailWithOneLineNamingThePath() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    assertThat(cli.run("generate", "--world", "w", "--out", file.toString(), wit())).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("witj generate: --out " + file + ": not a directory\n");
    cli.resetErr();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(cli.run("generate", "--out", dir.resolve("o").toString(), empty.toString()))
        .isEqualTo(1);
    assertThat(cli.err()).isEqualTo("error: " + empty + ": no .wit files in this directory\n");
    cli.resetErr();
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(pkg.resolve("t.wit"), WIT);
    Files.createDirectories(pkg.resolve("deps/nothing-here"));
    assertThat(cli.run("check", pkg.toString())).isEqualTo(1);
    assertThat(cli.err())
        .isEqualTo("error: " + pkg + "/deps/nothing-here: no .wit files in this directory\n");
  }

  @Test
  void generatesAndReportsFilesCountsAndTime() throws Exception {
    Path outDir = dir.resolve("gen");
    assertThat(
            cli.run(
                "generate",
                "--world",
                "w",
                "--out",
                outDir.toString(),
                "--package",
                "com.x",
                "--skip-unsupported",
                wit()))
        .isEqualTo(0);
    assertThat(Files.readString(outDir.resolve("com/x/a/b/I.java"))).contains("String f(int x);");
    assertThat(Files.readString(outDir.resolve("com/x/a/b/W.java")))
        .contains("public static Builder builder(");
    List<String> lines = cli.out().lines().toList();
    assertThat(lines.get(0)).endsWith("com/x/a/b/I.java");
    assertThat(lines)
        .contains("left out (not supported yet): a:b/i#g: async functions are not supported yet");
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "generated a:b/w: 3 files, 1 imported and 0 exported "
                + "interfaces, 0 types, 2 functions into .* \\(\\d+ ms\\)");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void packageMapIsApplied() throws Exception {
    Path outDir = dir.resolve("gen");
    assertThat(
            cli.run(
                "generate",
                "--world",
                "a:b/v",
                "--out",
                outDir.toString(),
                "--package-map",
                "a:b=org.example.ab",
                "--skip-unsupported",
                wit()))
        .isEqualTo(0);
    assertThat(Files.exists(outDir.resolve("org/example/ab/I.java"))).isTrue();
  }

  @Test
  void generationErrorsAreReportedWithoutStackTrace() throws Exception {
    assertThat(cli.run("generate", "--out", dir.resolve("gen").toString(), wit())).isEqualTo(1);
    assertThat(cli.err())
        .isEqualTo("error: several worlds, choose one with --world: a:b/w, a:b/v\n");
  }

  @Test
  void unsupportedItemsFailWithoutSkipUnsupported() throws Exception {
    assertThat(cli.run("generate", "--world", "v", "--out", dir.resolve("gen").toString(), wit()))
        .isEqualTo(1);
    assertThat(cli.err()).contains("a:b/i#g: async functions are not supported yet");
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    assertThat(cli.run("generate", "--world", "w", wit())).isEqualTo(2);
    assertThat(cli.err()).startsWith("witj generate: --out DIR is required\n");
    cli.resetErr();
    assertThat(cli.run("generate", "--out", "x", "--package-map", "nope", wit())).isEqualTo(2);
    assertThat(cli.err())
        .startsWith(
            "witj generate: --package-map: a package mapping is NS:PKG=java.package, got 'nope'\n");
    cli.resetErr();
    assertThat(cli.run("generate", "--out", "x", "--string-encoding", "ascii", wit())).isEqualTo(2);
    assertThat(cli.err())
        .startsWith(
            "witj generate: unknown string encoding 'ascii' (expected utf8, utf16 or latin1+utf16)\n");
  }
}
