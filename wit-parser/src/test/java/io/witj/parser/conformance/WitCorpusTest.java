package io.witj.parser.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import io.witj.parser.Wit;
import io.witj.parser.diag.WitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every WIT package of the shared corpus (system property {@code witj.corpus}) resolves without
 * error. A package is either a directory that has a {@code deps/} folder (the root package plus its
 * dependencies, as the WASI trees are laid out) or a single {@code .wit} file outside such a
 * directory (the generator corpus). No unstable features are enabled.
 */
class WitCorpusTest {
  private static final AtomicInteger passed = new AtomicInteger();
  private static final AtomicInteger failed = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> corpusPackages() throws IOException {
    Path corpus = SharedData.corpus();
    return packages(corpus).stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    corpus.relativize(p).toString(), p.toUri(), () -> resolve(p)));
  }

  @AfterAll
  static void printSummary() {
    System.out.printf("corpus: %d passed, %d failed%n", passed.get(), failed.get());
  }

  /** Directories with a {@code deps/} folder, then the {@code .wit} files that lie outside them. */
  static List<Path> packages(Path corpus) throws IOException {
    List<Path> trees;
    try (Stream<Path> all = Files.walk(corpus)) {
      trees = all.filter(p -> Files.isDirectory(p.resolve("deps"))).sorted().toList();
    }
    List<Path> result = new ArrayList<>(trees);
    try (Stream<Path> all = Files.walk(corpus)) {
      all.filter(p -> p.toString().endsWith(".wit") && Files.isRegularFile(p))
          .filter(p -> trees.stream().noneMatch(p::startsWith))
          .sorted()
          .forEach(result::add);
    }
    return result;
  }

  private static void resolve(Path path) throws IOException {
    try {
      Wit.load(path, Set.of());
      passed.incrementAndGet();
    } catch (WitException e) {
      failed.incrementAndGet();
      fail("rejected:\n" + e.getMessage());
    } catch (RuntimeException | IOException | Error e) {
      failed.incrementAndGet();
      throw e;
    }
  }
}
