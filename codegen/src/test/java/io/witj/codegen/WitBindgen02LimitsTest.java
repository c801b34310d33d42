package io.witj.codegen;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.codegen.abi.AbiFlavour;
import io.witj.parser.model.Resolve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the wit-bindgen 0.2 ABI flavour refuses to generate, item by item, and the checks of
 * interfaces bound at run time.
 */
class WitBindgen02LimitsTest {
  private static final String WIT =
      """
      package a:b;
      interface host {
        resource r { constructor(); m: func(); }
        record holder { r: r }
        take: func(h: holder);
        lend: func(x: borrow<r>);
      }
      interface guest {
        use host.{r};
        resource mine;
        give: func() -> r;
        plain: func(x: u32) -> string;
      }
      world w {
        import host;
        import f: func();
        export guest;
        export g: func();
      }
      world ok {
        import host;
        export plain: interface { p: func() -> u32; }
      }
      """;

  @TempDir Path dir;

  private Resolve load() throws Exception {
    return WitFixtures.load(Files.writeString(dir.resolve("t.wit"), WIT), Set.of());
  }

  @Test
  void listsEveryItemTheFlavourCannotHost() throws Exception {
    GenerationException e =
        assertThrows(
            GenerationException.class,
            () ->
                Generator.generate(
                    load(),
                    GeneratorOptions.builder().world("w").abi(AbiFlavour.WIT_BINDGEN_0_2).build()));
    assertThat(e.getMessage()).startsWith("a:b/w cannot be hosted with the wit-bindgen 0.2 ABI:");
    assertThat(e.problems())
        .containsExactly(
            "a:b/w: world-level imports are not supported",
            "a:b/w#g: world-level exports are not supported",
            "a:b/host#[constructor]r: constructors are not supported",
            "a:b/host#take: a parameter passes an owned handle (only borrows are supported)",
            "a:b/guest#mine: exported resources are not supported",
            "a:b/guest#give: handles passed to or from exports are not supported");
  }

  @Test
  void runTimeBindingNamesAnExportedInterface() throws Exception {
    GenerationException e =
        assertThrows(
            GenerationException.class,
            () ->
                Generator.generate(
                    load(), GeneratorOptions.builder().world("ok").bindAtRunTime("host").build()));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "cannot bind 'host' at run time: a:b/ok exports no such interface (exports: plain)");
    GenerationException resources =
        assertThrows(
            GenerationException.class,
            () ->
                Generator.generate(
                    load(),
                    GeneratorOptions.builder()
                        .world("w")
                        .skipUnsupported(true)
                        .bindAtRunTime("a:b/guest")
                        .build()));
    assertThat(resources)
        .hasMessageThat()
        .isEqualTo(
            "cannot bind 'a:b/guest' at run time: it defines resources, whose destructors are bound"
                + " by name");
    assertThat(
            Generator.generate(
                    load(), GeneratorOptions.builder().world("ok").bindAtRunTime("plain").build())
                .files())
        .isNotEmpty();
  }
}
