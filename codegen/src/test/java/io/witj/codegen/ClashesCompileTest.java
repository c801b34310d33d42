package io.witj.codegen;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code for names that clash with Java keywords, java.lang types and each other compiles.
 */
class ClashesCompileTest {

  @TempDir Path temp;

  @Test
  void clashingNamesCompile() throws Exception {
    String keep = System.getProperty("witj.clashesOut");
    Path out = keep == null ? temp : Path.of(keep);
    Path wit = Path.of(getClass().getResource("/wit/clashes.wit").toURI());
    var resolve = WitFixtures.load(wit, Set.of());
    String imports =
        Generator.generate(resolve, GeneratorOptions.builder().world("user-world").build())
            .files()
            .stream()
            .filter(f -> f.typeSpec().name().startsWith("UserWorldImports"))
            .findFirst()
            .orElseThrow()
            .toString();
    // interface `string` is the top-level class test.clashes.String: same-package code must qualify
    assertThat(imports).contains("java.lang.String imported(StringHolder h);");
    String setters =
        Generator.generate(resolve, GeneratorOptions.builder().world("builder-setters").build())
            .files()
            .stream()
            .filter(f -> f.typeSpec().name().equals("BuilderSetters"))
            .findFirst()
            .orElseThrow()
            .toString();
    // the builder's own setters keep their names; the interfaces' setters get a suffix
    assertThat(setters).containsMatch("public Builder memoryFactory\\(\\s*Function<");
    assertThat(setters).contains("public Builder memoryFactory_2(MemoryFactory memoryFactory_2)");
    assertThat(setters).contains("public Builder machineFactory_2(");
    assertThat(setters).contains("public Builder wasi_2(");
    // a world class cannot be named as its own nested classes
    for (String world : List.of("builder", "host-glue")) {
      assertThat(
              Generator.generate(resolve, GeneratorOptions.builder().world(world).build())
                  .world()
                  .worldClass()
                  .simpleName())
          .endsWith("_2");
    }
    for (String world : WorldSelector.allWorlds(resolve, false)) {
      Path dir = out.resolve(world.replaceAll("[^a-z]+", "_"));
      Generator.generate(resolve, GeneratorOptions.builder().world(world).build())
          .writeTo(dir.resolve("src"));
      assertNull(new JavacRunner().compile(dir.resolve("src"), dir.resolve("classes")), world);
    }
  }
}
