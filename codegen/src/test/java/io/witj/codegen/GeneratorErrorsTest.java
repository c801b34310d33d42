package io.witj.codegen;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.parser.model.Resolve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages of world selection and of unsupported items. */
class GeneratorErrorsTest {

  private static final String ASYNC =
      """
      package demo:h@0.1.0;
      interface handler {
        resource body { read: func() -> stream<u8>; size: func() -> u64; }
        handle: async func(x: u32) -> u32;
        ping: func() -> u32;
      }
      world one { import handler; }
      world two { export handler; }
      """;

  @TempDir Path dir;

  private Resolve load(String wit) throws Exception {
    return WitFixtures.load(Files.writeString(dir.resolve("t.wit"), wit), Set.of());
  }

  @Test
  void severalWorldsWithoutASelectionListThem() throws Exception {
    GenerationException e =
        assertThrows(
            GenerationException.class,
            () -> Generator.generate(load(ASYNC), GeneratorOptions.builder().build()));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("several worlds, choose one with --world: demo:h/one@0.1.0, demo:h/two@0.1.0");
  }

  @Test
  void unknownWorldListsTheWorlds() throws Exception {
    GenerationException e =
        assertThrows(
            GenerationException.class,
            () ->
                Generator.generate(load(ASYNC), GeneratorOptions.builder().world("three").build()));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("no world 'three'; worlds: demo:h/one@0.1.0, demo:h/two@0.1.0");
  }

  @Test
  void aMisspelledWorldSuggestsTheClosestName() throws Exception {
    Resolve resolve = load(ASYNC);
    GenerationException e =
        assertThrows(
            GenerationException.class,
            () -> Generator.generate(resolve, GeneratorOptions.builder().world("onw").build()));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "no world 'onw'; did you mean 'one'? worlds: demo:h/one@0.1.0, demo:h/two@0.1.0");
    GenerationException qualified =
        assertThrows(
            GenerationException.class,
            () ->
                Generator.generate(
                    resolve, GeneratorOptions.builder().world("demo:h/tow@0.1.0").build()));
    assertThat(qualified).hasMessageThat().contains("did you mean 'demo:h/two@0.1.0'?");
  }

  @Test
  void theWorldOptionIsNamedAsTheFrontEndNamesIt() throws Exception {
    GenerationException e =
        assertThrows(
            GenerationException.class, () -> WorldSelector.select(load(ASYNC), null, "<world>"));
    assertThat(e).hasMessageThat().startsWith("several worlds, choose one with <world>: ");
  }

  @Test
  void worldsCanBeQualifiedWithOrWithoutVersion() throws Exception {
    Resolve resolve = load(ASYNC);
    GeneratorOptions.Builder options = GeneratorOptions.builder().skipUnsupported(true);
    assertThat(Generator.generate(resolve, options.world("demo:h/two").build()).world().witName())
        .isEqualTo("demo:h/two@0.1.0");
    assertThat(
            Generator.generate(resolve, options.world("demo:h/one@0.1.0").build())
                .world()
                .witName())
        .isEqualTo("demo:h/one@0.1.0");
  }

  @Test
  void unsupportedItemsAreNamed() throws Exception {
    GenerationException e =
        assertThrows(
            GenerationException.class,
            () -> Generator.generate(load(ASYNC), GeneratorOptions.builder().world("one").build()));
    assertThat(e.problems())
        .containsExactly(
            "demo:h/handler@0.1.0#[method]body.read: stream types are not supported yet",
            "demo:h/handler@0.1.0#handle: async functions are not supported yet")
        .inOrder();
    assertThat(e)
        .hasMessageThat()
        .startsWith(
            "demo:h/one@0.1.0 uses items that are not supported yet (use skip-unsupported to leave them out):\n"
                + "  demo:h/handler@0.1.0#[method]body.read: stream types are not supported yet\n");
  }

  @Test
  void skippedItemsAreLeftOutAndListedInTheJavadoc() throws Exception {
    GeneratedSources sources =
        Generator.generate(
            load(ASYNC), GeneratorOptions.builder().world("one").skipUnsupported(true).build());
    String handler = sources.files().get(0).toString();
    assertThat(handler).contains("int ping();");
    assertThat(handler).contains("long size();");
    assertThat(handler).doesNotContain("handle(");
    assertThat(handler).doesNotContain(" read(");
    assertThat(handler)
        .contains("<li>demo:h/handler@0.1.0#handle: async functions are not supported yet");
    assertThat(sources.skipped()).hasSize(2);
  }
}
