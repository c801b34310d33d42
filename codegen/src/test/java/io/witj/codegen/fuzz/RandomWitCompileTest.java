package io.witj.codegen.fuzz;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: every world of random valid WIT ({@link RandomWit}) generates, and the generated code
 * compiles with {@code javac -Xlint:all -Werror}. The tries are generated one by one (each into its
 * own Java package) and compiled in batches of {@value #BATCH} per javac call; a failing batch is
 * compiled again try by try so that the failure names the try, its seed and its WIT. {@code
 * -Dwitj.fuzz.seed}, {@code -Dwitj.fuzz.tries} and {@code -Dwitj.fuzz.replay} as in {@link
 * SeededTries}; {@code -Dwitj.fuzz.out=DIR} keeps the WIT and the generated sources.
 */
class RandomWitCompileTest {
  private static final int BATCH = 40;

  @TempDir Path tempDir;
  private Path temp;

  @Test
  void everyWorldOfRandomValidWitGeneratesAndCompiles() throws Exception {
    SeededTries tries = SeededTries.of("RandomWitCompileTest", 0x517_0001L, 60);
    String keep = System.getProperty("witj.fuzz.out");
    temp = keep == null ? tempDir : Path.of(keep);
    long start = System.nanoTime();
    JavacRunner javac = new JavacRunner();
    List<Integer> batch = new ArrayList<>();
    List<AssertionError> failures = new ArrayList<>();
    int worlds = 0;
    long lines = 0;
    for (int i = 0; i < tries.count(); i++) {
      String wit = RandomWit.generate(tries.random(i), i);
      Path dir = temp.resolve("t" + i);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("fuzz.wit"), wit);
      try {
        Resolve resolve = WitFixtures.load(dir.resolve("fuzz.wit"), Set.of());
        int w = 0;
        for (String world : WorldSelector.allWorlds(resolve, false)) {
          GeneratorOptions options =
              GeneratorOptions.builder().world(world).basePackage("fuzz.t" + i + ".w" + w).build();
          GeneratedSources sources = Generator.generate(resolve, options);
          for (Path file : sources.writeTo(dir.resolve("src"))) {
            lines += Files.readAllLines(file).size();
          }
          w++;
        }
        worlds += w;
      } catch (Exception | StackOverflowError e) {
        failures.add(tries.failure(i, "does not generate: " + e + "\n" + wit, e));
        continue;
      }
      batch.add(i);
      if (batch.size() == BATCH || i == tries.count() - 1) {
        compile(javac, tries, batch, failures);
        batch.clear();
      }
    }
    tries.report(start);
    System.out.printf(
        "RandomWitCompileTest: %d worlds, %d generated lines compiled, %d tries failed%n",
        worlds, lines, failures.size());
    failures.forEach(f -> System.out.println("FAILED " + f.getMessage()));
    if (!failures.isEmpty()) {
      AssertionError all =
          new AssertionError(failures.size() + " tries failed; the first: " + failures.get(0));
      failures.forEach(all::addSuppressed);
      throw all;
    }
  }

  private void compile(
      JavacRunner javac, SeededTries tries, List<Integer> batch, List<AssertionError> failures)
      throws Exception {
    Path batchSrc = temp.resolve("batch-" + batch.get(0));
    for (int i : batch) {
      Path src = temp.resolve("t" + i).resolve("src");
      if (Files.isDirectory(src)) {
        copyTree(src, batchSrc);
      }
    }
    if (javac.compile(batchSrc, temp.resolve("classes-" + batch.get(0))) == null) {
      return;
    }
    boolean failed = false;
    for (int i : batch) {
      Path dir = temp.resolve("t" + i);
      String errors = javac.compile(dir.resolve("src"), dir.resolve("classes"));
      if (errors != null) {
        failures.add(
            tries.failure(
                i,
                "generated code does not compile:\n"
                    + errors
                    + "\nWIT:\n"
                    + Files.readString(dir.resolve("fuzz.wit")),
                null));
        failed = true;
      }
    }
    if (!failed) {
      throw new AssertionError("batch from try " + batch.get(0) + " fails only together");
    }
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
