package io.witj.codegen.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dialect wit-bindgen-0.2} on {@code check}, {@code json} and {@code generate}. */
class DialectOptionTest {
  @TempDir Path dir;
  private final CliRun cli = new CliRun();
  private Path wit;

  @BeforeEach
  void writeWit() throws Exception {
    wit = Files.createDirectories(dir.resolve("wit"));
    Files.writeString(
        wit.resolve("store.wit"),
        "resource bucket {\n  static open: func(name: string) -> expected<bucket, string>\n}\n");
    Files.writeString(wit.resolve("handler.wit"), "handle-http: func(x: u32) -> u32\n");
  }

  @Test
  void checkReadsTheDialectAndAWorld() {
    assertThat(
            cli.run(
                "check",
                "--dialect",
                "wit-bindgen-0.2",
                "--world",
                "w",
                "--import",
                "store",
                "--export=handler",
                wit.toString()))
        .isEqualTo(0);
    assertThat(cli.out())
        .matches(wit + ": ok, 1 package, 2 interfaces, 1 world, \\d+ types \\(\\d+ ms\\)\n");
  }

  @Test
  void invalidWitIsReportedWithItsPlace() throws Exception {
    Files.writeString(wit.resolve("store.wit"), "ping: func();\n");
    assertThat(cli.run("check", "--dialect", "wit-bindgen-0.2", wit.toString())).isEqualTo(1);
    assertThat(cli.err())
        .isEqualTo(
            wit
                + "/store.wit:1:13: expected keyword `use`, `type`, `record`, `variant`, `union`,"
                + " `enum`, `flags`, `resource` or a function, found ';' (the 2022 dialect has no"
                + " semicolons: items end at the next item)\n"
                + "1 | ping: func();\n"
                + "  |             ^\n");
  }

  @Test
  void jsonShowsTheWorld() {
    assertThat(
            cli.run(
                "json",
                "--dialect",
                "wit-bindgen-0.2",
                "--world",
                "w",
                "--import",
                "store",
                wit.toString()))
        .isEqualTo(0);
    assertThat(cli.out()).contains("\"name\": \"wit2022:root\"");
    assertThat(cli.out()).contains("\"name\": \"w\"");
  }

  @Test
  void generateWritesTheWorldOfTheDescriptor() throws Exception {
    Path gen = dir.resolve("gen");
    assertThat(
            cli.run(
                "generate",
                "--dialect",
                "wit-bindgen-0.2",
                "--world",
                "w",
                "--import",
                "store",
                "--export",
                "handler",
                "--bind-at-run-time",
                "handler",
                "--package-map",
                "wit2022:root=com.example",
                "--out",
                gen.toString(),
                wit.toString()))
        .isEqualTo(0);
    String world = Files.readString(gen.resolve("com/example/W.java"));
    String glue = Files.readString(gen.resolve("com/example/internal/WAbi.java"));
    assertThat(glue).contains("super(encoding, liftLimit, GuestAbi.WIT_BINDGEN_0_2)");
    assertThat(world).contains("public Handler handler(String coreName)");
    assertThat(world).contains("\"canonical_abi\", \"resource_drop_bucket\"");
  }

  @Test
  void usageErrors() {
    assertThat(cli.run("generate", "--dialect", "wit-bindgen-0.2", "--out", "x", wit.toString()))
        .isEqualTo(2);
    assertThat(cli.err())
        .contains(
            "--dialect wit-bindgen-0.2 has no worlds: describe one with --world NAME --import"
                + " IFACE,... --export IFACE,...");
    assertThat(cli.run("check", "--import", "store", wit.toString())).isEqualTo(2);
    assertThat(cli.err())
        .contains("--import and --export describe worlds of --dialect wit-bindgen-0.2 only");
    assertThat(cli.run("check", "--dialect", "nope", wit.toString())).isEqualTo(2);
    assertThat(cli.err())
        .contains("unknown WIT dialect 'nope' (expected component-model or wit-bindgen-0.2)");
    assertThat(cli.run("check", "--dialect", "wit-bindgen-0.2", "--features", "x", wit.toString()))
        .isEqualTo(2);
    assertThat(cli.err()).contains("--features has no meaning for --dialect wit-bindgen-0.2");
    assertThat(cli.run("check", "--dialect", "wit-bindgen-0.2", "--world", "w", wit.toString()))
        .isEqualTo(2);
    assertThat(cli.err())
        .contains("the world w needs interfaces: --import IFACE,... --export IFACE,...");
  }

  @Test
  void aWrongWorldOrBindingIsInvalidInput() {
    assertThat(
            cli.run(
                "check",
                "--dialect",
                "wit-bindgen-0.2",
                "--world",
                "w",
                "--import",
                "nope",
                wit.toString()))
        .isEqualTo(1);
    assertThat(cli.err())
        .isEqualTo(
            "error: world `w`: no interface `nope` (no file nope.wit; interfaces: handler,"
                + " store)\n");
    cli.resetErr();
    assertThat(
            cli.run(
                "generate",
                "--dialect",
                "wit-bindgen-0.2",
                "--world",
                "w",
                "--import",
                "store",
                "--bind-at-run-time",
                "handler",
                "--out",
                dir.resolve("gen").toString(),
                wit.toString()))
        .isEqualTo(1);
    assertThat(cli.err())
        .isEqualTo(
            "error: cannot bind 'handler' at run time: wit2022:root/w exports no such"
                + " interface (exports: none)\n");
  }
}
