package io.witj.codegen.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
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
  private final CliRun cli = new CliRun();
  private Path valid;
  private Path invalid;

  @BeforeEach
  void writeInputs() throws IOException {
    valid = Files.writeString(dir.resolve("valid.wit"), VALID);
    invalid = Files.writeString(dir.resolve("invalid.wit"), INVALID);
  }

  @Test
  void checkPrintsOneSummaryLinePerPath() {
    assertThat(cli.run("check", valid.toString(), valid.toString())).isEqualTo(0);
    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .matches(
            "\\Q"
                + valid
                + "\\E: ok, 1 package, \\d+ interfaces?, \\d+ worlds?, \\d+ types? \\(\\d+ ms\\)");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void checkReportsInvalidWitAsDiagnosticsWithoutStackTrace() {
    assertThat(cli.run("check", valid.toString(), invalid.toString())).isEqualTo(1);
    assertThat(cli.out()).startsWith(valid + ": ok");
    assertThat(cli.err()).startsWith(invalid + ":4:12: ");
    assertThat(cli.err()).contains("  type t = bad-type;\n");
    assertThat(cli.err()).doesNotContain("Exception");
    assertThat(cli.err()).doesNotContain("\tat ");
  }

  @Test
  void missingPathIsAnInputError() {
    String missing = dir.resolve("nope.wit").toString();
    assertThat(cli.run("check", missing)).isEqualTo(1);
    assertThat(cli.err()).isEqualTo(missing + ": No such file or directory\n");
  }

  @Test
  void jsonPrintsTheReferenceSchema() {
    assertThat(cli.run("json", "--features", "x,y", valid.toString())).isEqualTo(0);
    assertThat(cli.out()).startsWith("{\n  \"worlds\": [");
    assertThat(cli.out()).endsWith("}\n");
  }

  @Test
  void jsonOfInvalidWitFails() {
    assertThat(cli.run("json", invalid.toString())).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).startsWith(invalid + ":4:12: ");
  }

  @Test
  void helpOnToolAndSubcommands() {
    assertThat(cli.run("--help")).isEqualTo(0);
    assertThat(cli.out()).contains("check");
    assertThat(cli.out()).contains("json");
    cli.resetOut();
    assertThat(cli.run("check", "--help")).isEqualTo(0);
    assertThat(cli.out()).startsWith("usage: witj check");
    cli.resetOut();
    assertThat(cli.run("json", "-h")).isEqualTo(0);
    assertThat(cli.out()).startsWith("usage: witj json");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(cli.run()).isEqualTo(2);
    assertThat(cli.err()).startsWith("usage: witj");
    cli.resetErr();
    assertThat(cli.run("frobnicate")).isEqualTo(2);
    assertThat(cli.err()).startsWith("witj: unknown command 'frobnicate'\nusage: witj");
    cli.resetErr();
    assertThat(cli.run("check")).isEqualTo(2);
    assertThat(cli.err())
        .startsWith("witj check: check needs at least one PATH\nusage: witj check");
    cli.resetErr();
    assertThat(cli.run("check", "--verbose", valid.toString())).isEqualTo(2);
    assertThat(cli.err()).startsWith("witj check: unknown option --verbose");
    cli.resetErr();
    assertThat(cli.run("check", valid.toString(), "--features")).isEqualTo(2);
    assertThat(cli.err()).startsWith("witj check: option --features needs a value");
    cli.resetErr();
    assertThat(cli.run("check", "--features=a,,b", valid.toString())).isEqualTo(2);
    assertThat(cli.err()).startsWith("witj check: empty feature name");
    cli.resetErr();
    assertThat(cli.run("json", valid.toString(), valid.toString())).isEqualTo(2);
    assertThat(cli.err()).startsWith("witj json: json needs exactly one PATH");
    assertThat(cli.out()).isEmpty();
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
    assertThat(WitjMain.run(List.of("broken"), cli.console(), List.of(broken)))
        .isEqualTo(ExitCode.INTERNAL);
    List<String> lines = cli.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith(
            "witj broken: internal error: java.lang.IllegalStateException: no such state at ");
    assertThat(lines.get(1)).contains("defect in witj");
  }
}
