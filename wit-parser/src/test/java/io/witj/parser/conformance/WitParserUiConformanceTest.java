package io.witj.parser.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import io.witj.parser.Wit;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.WitException;
import io.witj.parser.json.ResolveJson;
import io.witj.parser.model.Resolve;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the reference parser's UI corpus ({@code manifest.tsv} in the folder named by
 * system property {@code witj.witParserUi}): {@code ok} cases must resolve to JSON equal to the
 * expectation after canonicalization ({@code canonicalize.py --no-docs}); {@code error} cases must
 * be rejected, at the expected file, line and column when the expectation names one. Cases needing
 * a binary Wasm package are skipped. Prints pass/fail counts per half and the byte-exact JSON
 * count.
 */
class WitParserUiConformanceTest {
  private static final Set<String> FEATURES = Set.of("active");
  private static final int DIFF_LINES = 20;

  private static final AtomicInteger okPassed = new AtomicInteger();
  private static final AtomicInteger okFailed = new AtomicInteger();
  private static final AtomicInteger byteExact = new AtomicInteger();
  private static final AtomicInteger errorPassed = new AtomicInteger();
  private static final AtomicInteger errorFailed = new AtomicInteger();
  private static final AtomicInteger skipped = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> manifestCases() throws IOException {
    List<ConformanceCase> cases = ConformanceCase.readManifest(SharedData.witParserUi());
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    (c.expectOk() ? "ok " : "error ") + c.name(), c.input().toUri(), () -> run(c)));
  }

  @AfterAll
  static void printSummary() {
    int okTotal = okPassed.get() + okFailed.get();
    System.out.printf(
        "wit-parser-ui ok cases: %d passed, %d failed%n", okPassed.get(), okFailed.get());
    System.out.printf(
        "wit-parser-ui ok cases byte-exact JSON: %d of %d%n", byteExact.get(), okTotal);
    System.out.printf(
        "wit-parser-ui error cases: %d passed, %d failed%n", errorPassed.get(), errorFailed.get());
    System.out.printf(
        "wit-parser-ui skipped (binary Wasm packages are not supported): %d%n", skipped.get());
  }

  private static void run(ConformanceCase c) throws Exception {
    if (c.needsBinaryWasm()) {
      skipped.incrementAndGet();
      abort("binary Wasm packages are not supported");
    }
    AtomicInteger passed = c.expectOk() ? okPassed : errorPassed;
    AtomicInteger failed = c.expectOk() ? okFailed : errorFailed;
    try {
      if (c.expectOk()) {
        runOk(c);
      } else {
        runError(c);
      }
      passed.incrementAndGet();
    } catch (Throwable t) {
      failed.incrementAndGet();
      throw t;
    }
  }

  private static void runOk(ConformanceCase c) throws IOException {
    Resolve resolve;
    try {
      resolve = Wit.load(c.input(), FEATURES);
    } catch (WitException e) {
      fail("expected to resolve, but was rejected:\n" + e.getMessage());
      return;
    }
    String expected = Files.readString(c.expectation()).trim();
    String actual = ResolveJson.toJson(resolve).trim();
    if (expected.equals(actual)) {
      byteExact.incrementAndGet();
      return;
    }
    List<String> diff =
        JsonDiff.diff(
            Canonicalizer.canonicalizeNoDocs(JsonReader.parse(expected)),
            Canonicalizer.canonicalizeNoDocs(JsonReader.parse(actual)));
    if (!diff.isEmpty()) {
      fail(
          "canonical JSON differs (expected vs actual):\n  "
              + String.join("\n  ", diff.subList(0, Math.min(DIFF_LINES, diff.size())))
              + (diff.size() > DIFF_LINES ? "\n  … " + (diff.size() - DIFF_LINES) + " more" : ""));
    }
  }

  private static void runError(ConformanceCase c) throws IOException {
    ExpectedError expected = ExpectedError.parse(Files.readString(c.expectation()));
    WitException rejection;
    try {
      Wit.load(c.input(), FEATURES);
      fail(
          "expected an error at "
              + expected.location()
              + ": "
              + expected.message()
              + "\nbut it resolved");
      return;
    } catch (WitException e) {
      rejection = e;
    }
    if (!expected.hasLocation()) {
      return;
    }
    Diagnostic primary = rejection.primary();
    String actualLocation =
        primary.span() == null
            ? "(no location)"
            : Path.of(primary.span().file().displayPath()).getFileName()
                + ":"
                + primary.span().line()
                + ":"
                + primary.span().column();
    if (!actualLocation.equals(expected.location())) {
      fail(
          "wrong error location\n  expected "
              + expected.location()
              + ": "
              + expected.message()
              + "\n  actual   "
              + actualLocation
              + ": "
              + primary.message());
    }
  }
}
