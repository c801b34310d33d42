package io.witj.codegen.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the {@code witj} command in-process and keeps what it printed on each stream. */
final class CliRun {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs {@code witj args…}; returns the exit status. */
  int run(String... args) {
    return WitjMain.run(List.of(args), console());
  }

  /** A console printing into this run's streams. */
  Console console() {
    return new Console(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** Everything printed on standard output so far. */
  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Everything printed on standard error so far. */
  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Forgets what was printed on standard output. */
  void resetOut() {
    out.reset();
  }

  /** Forgets what was printed on standard error. */
  void resetErr() {
    err.reset();
  }
}
