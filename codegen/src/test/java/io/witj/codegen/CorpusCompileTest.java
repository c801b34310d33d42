package io.witj.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.witj.parser.model.Resolve;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates every world of every package of the shared corpus (both WASI trees with their deps;
 * every file and directory of the wit-bindgen codegen corpus) and compiles it with {@code
 * -Xlint:all -Werror}. Worlds with items that are not supported yet are generated with
 * skip-unsupported; every {@code @unstable} feature named in the input is enabled. {@code
 * -Dwitj.corpusOut=DIR} keeps the generated sources for reading.
 */
class CorpusCompileTest {

  private static final Pattern FEATURE =
      Pattern.compile("@unstable\\s*\\(\\s*feature\\s*=\\s*([a-z0-9-]+)");

  @TempDir Path temp;

  @Test
  void everyCorpusWorldCompiles() throws Exception {
    String corpusProperty = System.getProperty("witj.corpus");
    Path corpus = corpusProperty == null ? null : Path.of(corpusProperty);
    if (corpus == null || !Files.isDirectory(corpus)) {
      System.err.println(
          "*** SKIPPED CorpusCompileTest: corpus not found at "
              + corpusProperty
              + " (set -Dwitj.corpus)");
      Assumptions.abort("corpus not found at " + corpusProperty);
    }
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> wasi = Files.list(corpus.resolve("wasi"))) {
      wasi.sorted().forEach(tree -> inputs.add(tree.resolve("wit")));
    }
    try (Stream<Path> files = Files.list(corpus.resolve("wit-bindgen-codegen"))) {
      files.sorted().forEach(p -> inputs.add(Files.isDirectory(p) ? p.resolve("wit") : p));
    }
    String keep = System.getProperty("witj.corpusOut");
    Path out = keep == null ? temp : Path.of(keep);
    JavacRunner javac = new JavacRunner();
    List<String> failures = new ArrayList<>();
    int passed = 0;
    int skippedItems = 0;
    int n = 0;
    for (Path input : inputs) {
      Set<String> features = features(input);
      Resolve resolve;
      try {
        resolve = WitFixtures.load(input, features);
      } catch (Exception e) {
        failures.add(corpus.relativize(input) + ": does not load: " + e.getMessage());
        continue;
      }
      for (String world : WorldSelector.allWorlds(resolve, true)) {
        Path dir = out.resolve(n++ + "-" + world.replaceAll("[^A-Za-z0-9]+", "_"));
        try {
          GeneratedSources sources = generate(resolve, world);
          skippedItems += sources.skipped().size();
          sources.writeTo(dir.resolve("src"));
          String errors = javac.compile(dir.resolve("src"), dir.resolve("classes"));
          if (errors == null) {
            passed++;
          } else {
            failures.add(corpus.relativize(input) + " " + world + ":\n" + errors);
          }
        } catch (RuntimeException e) {
          failures.add(corpus.relativize(input) + " " + world + ": " + e);
        }
      }
    }
    System.out.println(
        "corpus worlds: "
            + passed
            + " passed, "
            + failures.size()
            + " failed ("
            + skippedItems
            + " unsupported items skipped)");
    failures.forEach(f -> System.out.println("FAILED " + f));
    assertEquals(0, failures.size(), "corpus worlds failed, see the FAILED lines in the output");
  }

  private static GeneratedSources generate(Resolve resolve, String world) {
    GeneratorOptions strict = GeneratorOptions.builder().world(world).build();
    try {
      return Generator.generate(resolve, strict);
    } catch (GenerationException e) {
      if (e.problems().isEmpty()) {
        throw e;
      }
      return Generator.generate(
          resolve, GeneratorOptions.builder().world(world).skipUnsupported(true).build());
    }
  }

  private static Set<String> features(Path input) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    try (Stream<Path> walk = Files.walk(input)) {
      for (Path p : walk.filter(p -> p.toString().endsWith(".wit")).toList()) {
        Matcher m = FEATURE.matcher(Files.readString(p));
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }
}
