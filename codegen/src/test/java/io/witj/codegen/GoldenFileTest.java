package io.witj.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.palantir.javapoet.JavaFile;
import io.witj.parser.model.Resolve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated declarations for {@code golden/kv.wit} (world {@code kv-demo}, base package {@code
 * com.example}) match {@code golden/kv-demo.txt} and compile. Regenerate the golden file with
 * {@code -Dwitj.updateGolden=true} and review the diff. The other world of the file checks
 * deprecation.
 */
class GoldenFileTest {

  private static final String GOLDEN = "src/test/resources/golden/kv-demo.txt";

  @TempDir Path temp;

  @Test
  void kvDemoMatchesGoldenFile() throws Exception {
    Path wit = Path.of(getClass().getResource("/golden/kv.wit").toURI());
    Resolve resolve = WitFixtures.load(wit, Set.of());
    GeneratedSources sources =
        Generator.generate(
            resolve,
            GeneratorOptions.builder().basePackage("com.example").world("kv-demo").build());
    StringBuilder text = new StringBuilder();
    sources.files().stream()
        .sorted(Comparator.comparing(f -> f.packageName() + "." + f.typeSpec().name()))
        .forEach(f -> text.append("// ===== ").append(path(f)).append('\n').append(f));
    Path golden = Path.of(System.getProperty("basedir", "."), GOLDEN);
    if (Boolean.getBoolean("witj.updateGolden")) {
      Files.writeString(golden, text);
    }
    assertEquals(
        Files.readString(golden), text.toString(), "regenerate with -Dwitj.updateGolden=true");
    sources.writeTo(temp.resolve("src"));
    assertNull(new JavacRunner().compile(temp.resolve("src"), temp.resolve("classes")));
  }

  @Test
  void deprecatedTypeUsedFromAnotherInterfaceCompilesWithoutWarnings() throws Exception {
    Path wit = Path.of(getClass().getResource("/golden/kv.wit").toURI());
    Generator.generate(
            WitFixtures.load(wit, Set.of()), GeneratorOptions.builder().world("audited").build())
        .writeTo(temp.resolve("audited"));
    assertNull(new JavacRunner().compile(temp.resolve("audited"), temp.resolve("audited-classes")));
  }

  private static String path(JavaFile file) {
    return file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
  }
}
