package io.witj.it.wasi;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.witj.runtime.WitTrapException;
import io.witj.runtime.component.Component;
import io.witj.wasi.WasiHost;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * WASI's own test programs (wasi-testsuite, preview1, in C, AssemblyScript and Rust) run as
 * components: each program wrapped with jco's preview1 command adapter ({@code
 * it/guests/js/wasi-testsuite.sh}), linked through its own graph over witj's WASI 0.2 host, run as
 * its JSON says (arguments, environment, the preopened directory copied to a scratch folder) and
 * checked for its exit code and output. Prints {@code wasi-testsuite: N passed, N failed, N
 * skipped}, with the reason of each skip.
 *
 * <p>Directories: {@code witj.wasiTestsuite} (the suite, in {@code ../shared}) and {@code
 * witj.wasiTestsuite.components} (the wrapped programs, {@code it/target/wasi-testsuite}).
 */
class WasiTestsuiteTest {
  private static final List<String> SUITES = List.of("c", "assemblyscript", "rust");

  private static final String ADAPTER_STATE =
      "the preview1 adapter finds the end marker of its state page overwritten and traps"
          + " (\"assertion failed at adapter line 2858\"), exactly so under jco 1.35.0's own"
          + " runner (jco run): this AssemblyScript program and the adapter share memory badly";

  /**
   * Tests that cannot pass through jco 1.35.0's preview1 adapter, by name, with the reason; each
   * fails the same way under jco's own runner ({@code jco run}), or on what Java 17 can do.
   */
  private static final Map<String, String> SKIP =
      Map.of(
          "assemblyscript/proc_exit-failure",
          "expects exit code 33, but the preview1 adapter turns proc_exit(33) into"
              + " wasi:cli/exit.exit(err), which carries no code: status 1, as under jco run",
          "assemblyscript/args_get-multiple-arguments",
          ADAPTER_STATE,
          "assemblyscript/environ_get-multiple-variables",
          ADAPTER_STATE,
          "assemblyscript/fd_write-to-invalid-fd",
          "expects errno BADF for a write of no bytes to fd -31337, but the preview1 adapter"
              + " returns success for an empty write without checking the descriptor (as under"
              + " jco run)",
          "rust/symlink_filestat",
          "sets a symbolic link's mtime to the nanosecond and reads it back, but Java 17 sets the"
              + " times of a link itself with lutimes, to the microsecond (a file's keep their"
              + " nanoseconds)");

  private static final List<String> PASSED = new ArrayList<>();
  private static final List<String> FAILED = new ArrayList<>();
  private static final List<String> SKIPPED = new ArrayList<>();

  @TempDir static Path scratch;

  @TestFactory
  Stream<DynamicTest> wasiTestsuite() throws IOException {
    Path suite =
        Path.of(
            System.getProperty("witj.wasiTestsuite", "../../shared/conformance/wasi-testsuite"));
    Path components =
        Path.of(System.getProperty("witj.wasiTestsuite.components", "target/wasi-testsuite"));
    if (!Files.isDirectory(suite) || !Files.isDirectory(components)) {
      String why =
          !Files.isDirectory(suite)
              ? "the suite is not at " + suite + " (witj.wasiTestsuite)"
              : "the programs are not wrapped at "
                  + components
                  + " (run it/guests/js/wasi-testsuite.sh; needs node and npm)";
      System.out.println("wasi-testsuite: SKIPPED, " + why);
      Assumptions.abort(why);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : SUITES) {
      try (Stream<Path> programs = Files.list(suite.resolve(name))) {
        for (Path program :
            programs.filter(p -> p.toString().endsWith(".wasm")).sorted().toList()) {
          String test = name + "/" + program.getFileName().toString().replaceAll("\\.wasm$", "");
          Path component =
              components
                  .resolve(name)
                  .resolve(
                      program.getFileName().toString().replaceAll("\\.wasm$", ".component.wasm"));
          if (test.matches(System.getProperty("witj.wasiTestsuite.only", ".*"))) {
            tests.add(DynamicTest.dynamicTest(test, () -> run(test, program, component)));
          }
        }
      }
    }
    return tests.stream();
  }

  private static void run(String test, Path program, Path componentPath) throws Exception {
    TestSpec spec = TestSpec.of(program);
    String reason = SKIP.get(test);
    if (reason == null && !spec.proposals().isEmpty()) {
      reason = "needs " + spec.proposals() + ", which witj's WASI 0.2 host does not implement";
    }
    if (reason != null) {
      SKIPPED.add(test + ": " + reason);
      Assumptions.abort(reason);
    }
    try {
      if (!Files.exists(componentPath)) {
        throw new AssertionError("not wrapped: " + componentPath);
      }
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      WasiHost.Builder host =
          WasiHost.builder().stdout(stdout).stderr(stderr).args(program.getFileName().toString());
      spec.args().forEach(host::args);
      spec.env().forEach(host::env);
      if (spec.root() != null) {
        Path dir = Files.createTempDirectory(scratch, test.replace('/', '-'));
        copy(program.resolveSibling(spec.root()), dir);
        host.preopen(dir, "/");
      }
      Component component = Component.fromPath(componentPath);
      WasiHost wasi = host.build();
      int status;
      try {
        status = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> wasi.run(component));
      } catch (WitTrapException e) {
        throw new AssertionError(
            e.getMessage() + "; stderr: " + stderr.toString(StandardCharsets.UTF_8).strip(), e);
      }
      String out = stdout.toString(StandardCharsets.UTF_8);
      String err = stderr.toString(StandardCharsets.UTF_8);
      if (status != spec.exitCode()) {
        throw new AssertionError(
            "exit code " + status + ", expected " + spec.exitCode() + "; stderr: " + err.strip());
      }
      if (spec.stdout() != null && !out.equals(spec.stdout())) {
        throw new AssertionError("stdout \"" + out + "\", expected \"" + spec.stdout() + "\"");
      }
      if (spec.stderr() != null && !err.equals(spec.stderr())) {
        throw new AssertionError("stderr \"" + err + "\", expected \"" + spec.stderr() + "\"");
      }
      PASSED.add(test);
    } catch (Exception | Error e) {
      FAILED.add(test + ": " + e.getMessage());
      throw e;
    }
  }

  /**
   * Copies directory {@code from} into {@code to}, without the suite's {@code *.cleanup} leftovers.
   */
  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        if (p.getFileName().toString().endsWith(".cleanup")) {
          continue;
        }
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @AfterAll
  static void summary() {
    FAILED.forEach(f -> System.out.println("wasi-testsuite failed: " + f));
    SKIPPED.forEach(s -> System.out.println("wasi-testsuite skipped: " + s));
    System.out.println(
        "wasi-testsuite: "
            + PASSED.size()
            + " passed, "
            + FAILED.size()
            + " failed, "
            + SKIPPED.size()
            + " skipped");
  }
}
