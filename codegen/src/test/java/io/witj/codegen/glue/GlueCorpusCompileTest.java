package io.witj.codegen.glue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.witj.codegen.GenerationException;
import io.witj.codegen.GeneratedSources;
import io.witj.codegen.Generator;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.JavacRunner;
import io.witj.codegen.WitFixtures;
import io.witj.codegen.WorldSelector;
import io.witj.parser.model.Resolve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every world of the shared corpus, generated with the glue, compiles with {@code -Xlint:all -Werror}. */
class GlueCorpusCompileTest {
  /** Inputs the glue does not handle yet (fixed-length lists); reported, not failed. */
  private static final Set<String> KNOWN_GAPS = Set.of("named-fixed-length-list.wit");

  @TempDir Path temp;

  @Test
  void everyCorpusWorldCompilesWithGlue() throws Exception {
    String property = System.getProperty("witj.corpus");
    Path corpus = property == null ? null : Path.of(property);
    Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus), "corpus not found at " + property);
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> wasi = Files.list(corpus.resolve("wasi"))) {
      wasi.sorted().forEach(tree -> inputs.add(tree.resolve("wit")));
    }
    try (Stream<Path> files = Files.list(corpus.resolve("wit-bindgen-codegen"))) {
      files.sorted().forEach(p -> inputs.add(Files.isDirectory(p) ? p.resolve("wit") : p));
    }
    List<String> failures = new ArrayList<>();
    int passed = 0;
    int n = 0;
    for (Path input : inputs) {
      Resolve resolve;
      try {
        resolve = WitFixtures.load(input, Set.of());
      } catch (Exception e) {
        continue; // loading is CorpusCompileTest's concern (it enables the features)
      }
      for (String world : WorldSelector.allWorlds(resolve, false)) {
        Path dir = temp.resolve("w" + n++);
        try {
          GeneratedSources sources;
          try {
            sources = new Generator(new GlueGenerator()).run(resolve, GeneratorOptions.builder().world(world).build());
          } catch (GenerationException e) {
            sources = new Generator(new GlueGenerator()).run(resolve,
                GeneratorOptions.builder().world(world).skipUnsupported(true).build());
          }
          sources.writeTo(dir.resolve("src"));
          String errors = new JavacRunner().compile(dir.resolve("src"), dir.resolve("classes"));
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
    List<String> known = failures.stream().filter(f -> KNOWN_GAPS.stream().anyMatch(f::contains)).toList();
    failures.removeAll(known);
    known.forEach(f -> System.out.println("KNOWN GAP " + f));
    System.out.println("glue corpus worlds: " + passed + " passed, " + failures.size() + " failed, "
        + known.size() + " known gaps");
    failures.forEach(f -> System.out.println("FAILED " + f.substring(0, Math.min(f.length(), 1500))));
    assertEquals(0, failures.size(), "corpus worlds failed with glue, see the FAILED lines");
  }
}
