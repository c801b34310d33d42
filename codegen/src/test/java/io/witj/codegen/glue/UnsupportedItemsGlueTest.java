package io.witj.codegen.glue;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.codegen.GeneratedSources;
import io.witj.codegen.GenerationException;
import io.witj.codegen.Generator;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.JavacRunner;
import io.witj.parser.model.Resolve;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Async functions and stream types with the glue: generation fails naming them, unless
 * skip-unsupported, when the world class neither binds nor requires them and still compiles.
 */
class UnsupportedItemsGlueTest {
  static final String WIT =
      """
      package demo:h@0.1.0;
      interface handler {
        resource body { read: func() -> stream<u8>; size: func() -> u64; }
        handle: async func(x: u32) -> u32;
        ping: func() -> u32;
      }
      world both { import handler; export handler; }
      """;

  @TempDir Path temp;

  @Test
  void asyncWorldFailsWithoutSkipUnsupported() throws Exception {
    Resolve resolve = GlueHarness.resolve(temp, WIT);
    GenerationException e =
        assertThrows(
            GenerationException.class,
            () -> Generator.generate(resolve, GeneratorOptions.builder().world("both").build()));
    assertThat(e)
        .hasMessageThat()
        .startsWith(
            "demo:h/both@0.1.0 uses items that are not supported yet"
                + " (use skip-unsupported to leave them out):\n");
    assertThat(e.problems())
        .contains("demo:h/handler@0.1.0#handle: async functions are not supported yet");
  }

  @Test
  void skippedItemsHaveNoGlue() throws Exception {
    Resolve resolve = GlueHarness.resolve(temp, WIT);
    GeneratedSources sources =
        Generator.generate(
            resolve, GeneratorOptions.builder().world("both").skipUnsupported(true).build());
    String world =
        sources.files().stream()
            .filter(f -> f.typeSpec().name().equals("Both"))
            .findFirst()
            .orElseThrow()
            .toString();
    assertThat(world).contains("\"demo:h/handler@0.1.0#ping\"");
    assertThat(world).doesNotContain("#handle");
    assertThat(world).doesNotContain("body.read");
    sources.writeTo(temp.resolve("src"));
    assertNull(new JavacRunner().compile(temp.resolve("src"), temp.resolve("classes")));
  }
}
