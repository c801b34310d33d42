package io.witj.parser.syntax;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.WitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every valid {@code .wit} file of the shared conformance suite and corpus parses without error.
 */
class WitSyntaxCorpusTest {

  static Path sharedDirectory(String property, String fallback) {
    Path dir = Path.of(System.getProperty(property, fallback));
    if (!Files.isDirectory(dir)) {
      System.err.println(
          "SKIPPED: " + property + " directory " + dir.toAbsolutePath() + " is absent");
    }
    assumeTrue(Files.isDirectory(dir), property + " directory " + dir + " is absent");
    return dir;
  }

  static SourceFile read(Path path) throws IOException {
    return new SourceFile(path.toString(), Files.readString(path));
  }

  @Test
  void parsesEveryValidConformanceCase() throws IOException {
    Path ui = sharedDirectory("witj.witParserUi", "../../shared/conformance/wit-parser-ui");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ui)) {
      files =
          walk.filter(p -> p.toString().endsWith(".wit"))
              .filter(p -> !ui.relativize(p).startsWith("parse-fail"))
              .sorted()
              .toList();
    }
    assertWithMessage("conformance .wit files").that(files).isNotEmpty();
    assertAllParse(files);
  }

  @Test
  void parsesEveryCorpusFile() throws IOException {
    Path corpus = sharedDirectory("witj.corpus", "../../shared/corpus");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".wit")).sorted().toList();
    }
    assertWithMessage("corpus .wit files").that(files).isNotEmpty();
    assertAllParse(files);
  }

  private static void assertAllParse(List<Path> files) throws IOException {
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      try {
        WitSyntax.parse(read(file));
      } catch (WitException e) {
        failures.add(e.getMessage());
      }
    }
    assertWithMessage("files with syntax errors (of %s)", files.size()).that(failures).isEmpty();
  }
}
