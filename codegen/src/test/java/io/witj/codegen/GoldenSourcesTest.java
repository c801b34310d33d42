package io.witj.codegen;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.palantir.javapoet.JavaFile;
import io.witj.parser.Wit;
import io.witj.parser.WitLibrary;
import io.witj.parser.WitResolution;
import io.witj.parser.WitSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file generated for a golden world matches {@code src/test/golden/<world>/}, file by file.
 * The golden folders are ordinary Java sources that the test build compiles (profile {@code
 * compile-golden-sources}), so a runtime change that breaks generated code fails the build, and a
 * reviewer reads a generator change as a diff of real sources. After an intended change, run this
 * test with {@code -Dwitj.updateGolden=true} (which rewrites the folders and leaves them out of the
 * compilation) and review the diff.
 *
 * <p>Worlds: {@code kv-demo} of {@code golden/kv.wit} (records, variants, resources both ways,
 * versions, deprecation, an export interface) and {@code glue-demo} of {@code golden/glue.wit} (an
 * imported resource, a joined variant, flags, a fixed-length list, spilled parameters, a borrow
 * passed to an export), both with base package {@code com.example}.
 */
class GoldenSourcesTest {
  private static final Path GOLDEN_ROOT =
      Path.of(System.getProperty("basedir", "."), "src/test/golden");

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"kv-demo", "glue-demo"})
  void generatedFilesMatchTheGoldenSources(String world) throws Exception {
    String wit = world.equals("kv-demo") ? "/golden/kv.wit" : "/golden/glue.wit";
    Path witFile = Path.of(getClass().getResource(wit).toURI());
    WitResolution resolution =
        Wit.resolve(WitSources.read(witFile, witFile.toString()), WitLibrary.NONE, Set.of());
    GeneratorOptions options =
        GeneratorOptions.builder().basePackage("com.example").world(world).build();
    GeneratedSources sources =
        Generator.generate(
            resolution.resolve(),
            WorldSelector.select(resolution.resolve(), world, "--world"),
            options,
            resolution.locations());
    Map<String, String> generated = new TreeMap<>();
    for (JavaFile file : sources.files()) {
      generated.put(path(file), file.toString());
    }
    Path folder = GOLDEN_ROOT.resolve(world);
    if (Boolean.getBoolean("witj.updateGolden")) {
      rewrite(folder, generated);
    }
    Map<String, String> golden = read(folder);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : generated.entrySet()) {
      String expected = golden.get(e.getKey());
      if (expected == null) {
        problems.add("missing golden: " + e.getKey());
      } else if (!expected.equals(e.getValue())) {
        problems.add("stale golden: " + e.getKey() + firstDifference(expected, e.getValue()));
      }
    }
    for (String name : golden.keySet()) {
      if (!generated.containsKey(name)) {
        problems.add("golden no longer generated: " + name);
      }
    }
    assertWithMessage(
            "src/test/golden/%s differs from what witj generates; if intended, run"
                + " GoldenSourcesTest with -Dwitj.updateGolden=true and review the diff",
            world)
        .that(problems)
        .isEmpty();
    sources.writeTo(temp.resolve("src"));
    assertNull(new JavacRunner().compile(temp.resolve("src"), temp.resolve("classes")));
  }

  @Test
  void deprecatedTypeUsedFromAnotherInterfaceCompilesWithoutWarnings() throws Exception {
    Generator.generate(
            WitFixtures.resource("/golden/kv.wit"),
            GeneratorOptions.builder().world("audited").build())
        .writeTo(temp.resolve("audited"));
    assertNull(new JavacRunner().compile(temp.resolve("audited"), temp.resolve("audited-classes")));
  }

  private static String path(JavaFile file) {
    return file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
  }

  private static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          files.put(folder.relativize(f).toString().replace('\\', '/'), Files.readString(f));
        }
      }
    }
    return files;
  }

  private static void rewrite(Path folder, Map<String, String> files) throws IOException {
    if (Files.isDirectory(folder)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path target = folder.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, e.getValue());
    }
  }

  /** Where two texts first differ, as {@code " (line N)"}. */
  private static String firstDifference(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        return " (line " + (i + 1) + ")";
      }
    }
    return " (line " + (Math.min(a.length, b.length) + 1) + ")";
  }
}
