package io.witj.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.witj.parser.model.Resolve;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the JDK's javadoc tool with {@code -Xdoclint:all,-missing -Werror} over the generated
 * sources of every world in the repository's {@code wit/} and of a representative set of corpus
 * worlds (WASI 0.2.12's {@code proxy} and {@code command}, whose docs are markdown, and wit-bindgen
 * codegen cases with docs, resources, variants, flags, keywords and many arguments): the javadoc a
 * host author reads must render without a warning. {@code -missing} is off because undocumented WIT
 * items have nothing to say. Every other compile test also runs javac's doclint ({@link
 * JavacRunner}); this one adds what only the javadoc tool checks while writing the HTML.
 */
class JavadocLintTest {
  /** Corpus inputs, relative to the corpus directory, with the worlds to document. */
  private static final List<String[]> CORPUS =
      List.of(
          new String[] {"wasi/wasi-0.2.12/wit", "wasi:http/proxy@0.2.12"},
          new String[] {"wasi/wasi-0.2.12/wit", "wasi:cli/command@0.2.12"},
          new String[] {"wit-bindgen-codegen/resources.wit", null},
          new String[] {"wit-bindgen-codegen/resource-alias.wit", null},
          new String[] {"wit-bindgen-codegen/variants.wit", null},
          new String[] {"wit-bindgen-codegen/flags.wit", null},
          new String[] {"wit-bindgen-codegen/records.wit", null},
          new String[] {"wit-bindgen-codegen/char.wit", null},
          new String[] {"wit-bindgen-codegen/keywords.wit", null},
          new String[] {"wit-bindgen-codegen/many-arguments.wit", null},
          new String[] {"wit-bindgen-codegen/option-result.wit", null});

  @TempDir Path temp;

  @Test
  void generatedJavadocOfTheRepositorysWorldsHasNoDoclintWarning() throws Exception {
    Path wit = Path.of(System.getProperty("user.dir")).resolveSibling("wit");
    List<String> failures = new ArrayList<>();
    int documented = 0;
    try (Stream<Path> dirs = Files.list(wit)) {
      for (Path dir : dirs.sorted().toList()) {
        if (dir.getFileName().toString().equals("spiderlightning")) {
          continue; // the 2022 dialect: no worlds of its own (its world is described by options)
        }
        documented += documentAll(dir, null, failures);
      }
    }
    report("wit/", documented, failures);
  }

  @Test
  void generatedJavadocOfCorpusWorldsHasNoDoclintWarning() throws Exception {
    String corpusProperty = System.getProperty("witj.corpus");
    Path corpus = corpusProperty == null ? null : Path.of(corpusProperty);
    if (corpus == null || !Files.isDirectory(corpus)) {
      System.err.println("*** SKIPPED JavadocLintTest: corpus not found at " + corpusProperty);
      Assumptions.abort("corpus not found at " + corpusProperty);
    }
    List<String> failures = new ArrayList<>();
    int documented = 0;
    for (String[] entry : CORPUS) {
      documented += documentAll(corpus.resolve(entry[0]), entry[1], failures);
    }
    report("corpus", documented, failures);
  }

  private static void report(String what, int documented, List<String> failures) {
    System.out.println(
        "javadoc doclint, "
            + what
            + ": "
            + documented
            + " worlds passed, "
            + failures.size()
            + " failed");
    failures.forEach(f -> System.out.println("FAILED " + f));
    assertEquals(0, failures.size(), "javadoc reported problems, see the FAILED lines");
  }

  /** Documents {@code world} of {@code input} (every world when null); returns how many passed. */
  private int documentAll(Path input, String world, List<String> failures) throws Exception {
    Resolve resolve = WitFixtures.load(input, Set.of());
    List<String> worlds = world == null ? WorldSelector.allWorlds(resolve, true) : List.of(world);
    int passed = 0;
    for (String w : worlds) {
      Path dir = Files.createTempDirectory(temp, "world");
      GeneratedSources sources =
          Generator.generate(
              resolve, GeneratorOptions.builder().world(w).skipUnsupported(true).build());
      sources.writeTo(dir.resolve("src"));
      String problems = javadoc(dir.resolve("src"), dir.resolve("doc"));
      if (problems == null) {
        passed++;
      } else {
        failures.add(input.getFileName() + " " + w + ":\n" + problems);
      }
    }
    return passed;
  }

  /** Runs javadoc over every source below {@code src}; null when it succeeds without a warning. */
  static String javadoc(Path src, Path out) throws IOException {
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(src)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager files = tool.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      boolean ok =
          tool.getTask(
                  new PrintWriter(log),
                  files,
                  null,
                  null,
                  List.of(
                      "-Xdoclint:all,-missing",
                      "-Werror",
                      "-quiet",
                      "--release",
                      "17",
                      "-notimestamp",
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      out.toString()),
                  units)
              .call();
      String text = log.toString().strip();
      return ok && !text.contains("warning") ? null : text;
    }
  }
}
