package io.witj.codegen.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitjMainTest {
  private static final String VALID =
      "package a:b;\n\ninterface i {\n  f: func(x: u32) -> string;\n}\n";
  private static final String INVALID = "package a:b;\n\ninterface i {\n  type t = bad-type;\n}\n";

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Path valid;
  private Path invalid;

  @BeforeEach
  void writeInputs() throws IOException {
    valid = Files.writeString(dir.resolve("valid.wit"), VALID);
    invalid = Files.writeString(dir.resolve("invalid.wit"), INVALID);
  }

  private int run(String... args) {
    Console console =
        new Console(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return WitjMain.run(List.of(args), console);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void checkPrintsOneSummaryLinePerPath() {
    assertThat(run("check", valid.toString(), valid.toString())).isEqualTo(0);
    List<String> lines = out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .matches(
            "\\Q"
                + valid
                + "\\E: ok, 1 package, \\d+ interfaces?, \\d+ worlds?, \\d+ types? \\(\\d+ ms\\)");
    assertThat(err()).isEmpty();
  }

  @Test
  void checkReportsInvalidWitAsDiagnosticsWithoutStackTrace() {
    assertThat(run("check", valid.toString(), invalid.toString())).isEqualTo(1);
    assertThat(out()).startsWith(valid + ": ok");
    assertThat(err()).startsWith(invalid + ":4:12: ");
    assertThat(err()).contains("  type t = bad-type;\n");
    assertThat(err()).doesNotContain("Exception");
    assertThat(err()).doesNotContain("\tat ");
  }

  @Test
  void missingPathIsAnInputError() {
    String missing = dir.resolve("nope.wit").toString();
    assertThat(run("check", missing)).isEqualTo(1);
    assertThat(err()).isEqualTo(missing + ": no such file or directory\n");
  }

  @Test
  void jsonPrintsTheReferenceSchema() {
    assertThat(run("json", "--features", "x,y", valid.toString())).isEqualTo(0);
    assertThat(out()).startsWith("{\n  \"worlds\": [");
    assertThat(out()).endsWith("}\n");
  }

  @Test
  void jsonOfInvalidWitFails() {
    assertThat(run("json", invalid.toString())).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).startsWith(invalid + ":4:12: ");
  }

  @Test
  void helpOnToolAndSubcommands() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains("check");
    assertThat(out()).contains("json");
    out.reset();
    assertThat(run("check", "--help")).isEqualTo(0);
    assertThat(out()).startsWith("usage: witj check");
    out.reset();
    assertThat(run("json", "-h")).isEqualTo(0);
    assertThat(out()).startsWith("usage: witj json");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).startsWith("usage: witj");
    err.reset();
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err()).startsWith("witj: unknown command 'frobnicate'\nusage: witj");
    err.reset();
    assertThat(run("check")).isEqualTo(2);
    assertThat(err()).startsWith("witj check: check needs at least one PATH\nusage: witj check");
    err.reset();
    assertThat(run("check", "--verbose", valid.toString())).isEqualTo(2);
    assertThat(err()).startsWith("witj check: unknown option --verbose");
    err.reset();
    assertThat(run("check", valid.toString(), "--features")).isEqualTo(2);
    assertThat(err()).startsWith("witj check: option --features needs a value");
    err.reset();
    assertThat(run("check", "--features=a,,b", valid.toString())).isEqualTo(2);
    assertThat(err()).startsWith("witj check: empty feature name");
    err.reset();
    assertThat(run("json", valid.toString(), valid.toString())).isEqualTo(2);
    assertThat(err()).startsWith("witj json: json needs exactly one PATH");
    assertThat(out()).isEmpty();
  }

  @Test
  void anUnexpectedExceptionIsAnInternalErrorInOneLineNotAStackTrace() {
    Command broken =
        new Command() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public String summary() {
            return "fails";
          }

          @Override
          public String usage() {
            return "usage: witj broken\n";
          }

          @Override
          public int run(Args args, Console console) {
            throw new IllegalStateException("no such state");
          }
        };
    Console console =
        new Console(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(WitjMain.run(List.of("broken"), console, List.of(broken)))
        .isEqualTo(ExitCode.INTERNAL);
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith(
            "witj broken: internal error: java.lang.IllegalStateException: no such state at ");
    assertThat(lines.get(1)).contains("defect in witj");
  }
}
