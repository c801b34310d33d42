package io.witj.codegen;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
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
    // the builder's own setters keep their names; the interfaces' setters name their package
    assertThat(setters).containsMatch("public Builder memoryFactory\\(\\s*Function<");
    assertThat(setters)
        .contains("public Builder clashesMemoryFactory(MemoryFactory clashesMemoryFactory)");
    assertThat(setters).contains("public Builder clashesMachineFactory(");
    assertThat(setters).contains("public Builder clashesWasi(");
    assertThat(setters).contains("public Builder memory(");
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

  /**
   * Interfaces of one name from two versions of a package, from another namespace and from another
   * package: setters and accessors say which is which by the WIT part that differs.
   */
  @Test
  void sameNamedInterfacesAreToldApartByTheirPackages() throws Exception {
    Path wit = temp.resolve("wit");
    write(
        wit.resolve("app.wit"),
        """
        package test:app;
        world app {
          import wasi:io/streams@0.2.0;
          import wasi:io/streams@0.2.12;
          import acme:io/streams;
          import acme:net/streams;
          export acme:io/streams;
          export acme:net/streams;
        }
        """);
    for (String version : new String[] {"0.2.0", "0.2.12"}) {
      write(
          wit.resolve("deps/wasi-io-" + version + "/streams.wit"),
          "package wasi:io@" + version + ";\ninterface streams { read: func() -> u32; }\n");
    }
    write(
        wit.resolve("deps/acme-io/streams.wit"),
        "package acme:io;\ninterface streams { write: func(n: u32); }\n");
    write(
        wit.resolve("deps/acme-net/streams.wit"),
        "package acme:net;\ninterface streams { send: func(n: u32); }\n");
    GeneratedSources sources =
        Generator.generate(
            WitFixtures.load(wit, Set.of()),
            GeneratorOptions.builder().basePackage("com.example").build());
    String world =
        sources.files().stream()
            .filter(f -> f.typeSpec().name().equals("App"))
            .findFirst()
            .orElseThrow()
            .toString();
    assertThat(world).contains("public Builder wasiIoStreamsV0_2_0(");
    assertThat(world).contains("public Builder wasiIoStreamsV0_2_12(");
    assertThat(world).contains("public Builder acmeIoStreams(");
    assertThat(world).contains("public Builder netStreams(");
    assertThat(world).containsMatch("public [\\w.]*Streams ioStreams\\(\\)");
    assertThat(world).containsMatch("public [\\w.]*Streams netStreams\\(\\)");
    assertThat(world).doesNotContainMatch("public [^(]*_2\\(");
    sources.writeTo(temp.resolve("src"));
    assertNull(new JavacRunner().compile(temp.resolve("src"), temp.resolve("classes")));
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
