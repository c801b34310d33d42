package io.witj.codegen.glue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.witj.codegen.GeneratedSources;
import io.witj.codegen.Generator;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.JavacRunner;
import io.witj.codegen.WitFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The world class generated for {@code golden/glue.wit} (world {@code glue-demo}: an imported
 * resource, a joined variant, flags, a fixed-length list, spilled parameters, a borrow passed to an
 * export) matches {@code golden/glue-demo.txt} and compiles. Regenerate with {@code
 * -Dwitj.updateGolden=true} and review the diff.
 */
class GlueGoldenFileTest {
  private static final String GOLDEN = "src/test/resources/golden/glue-demo.txt";

  @TempDir Path temp;

  @Test
  void glueDemoWorldClassMatchesGoldenFile() throws Exception {
    GeneratedSources sources =
        Generator.generate(
            WitFixtures.resource("/golden/glue.wit"),
            GeneratorOptions.builder().basePackage("com.example").world("glue-demo").build());
    String text =
        sources.files().stream()
            .filter(f -> f.typeSpec().name().equals("GlueDemo"))
            .findFirst()
            .orElseThrow()
            .toString();
    Path golden = Path.of(System.getProperty("basedir", "."), GOLDEN);
    if (Boolean.getBoolean("witj.updateGolden")) {
      Files.writeString(golden, text);
    }
    assertEquals(Files.readString(golden), text, "regenerate with -Dwitj.updateGolden=true");
    sources.writeTo(temp.resolve("src"));
    assertNull(new JavacRunner().compile(temp.resolve("src"), temp.resolve("classes")));
  }
}
