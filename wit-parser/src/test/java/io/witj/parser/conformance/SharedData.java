package io.witj.parser.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared conformance data and corpus from system properties, skipping loudly when
 * absent.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The wit-parser UI corpus folder ({@code witj.witParserUi}); aborts the test when it is missing.
   */
  public static Path witParserUi() {
    return require("witj.witParserUi", "../shared/conformance/wit-parser-ui");
  }

  /** The WIT corpus folder ({@code witj.corpus}); aborts the test when it is missing. */
  public static Path corpus() {
    return require("witj.corpus", "../shared/corpus");
  }

  /**
   * The seed's 2023 binaries with their 2022-dialect WIT ({@code witj.seed}); aborts the test when
   * the folder is missing.
   */
  public static Path seed() {
    return require("witj.seed", "../shared/fixtures/seed");
  }

  private static Path require(String property, String fallback) {
    Path dir = Path.of(System.getProperty(property, fallback));
    boolean present = Files.isDirectory(dir);
    if (!present) {
      System.err.println(
          "SKIPPED: " + property + " directory " + dir.toAbsolutePath() + " is absent");
    }
    assumeTrue(
        present, () -> property + " directory " + dir.toAbsolutePath() + " is absent; skipping");
    return dir;
  }
}
