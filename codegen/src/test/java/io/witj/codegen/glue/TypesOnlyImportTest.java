package io.witj.codegen.glue;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.witj.codegen.GeneratedSources;
import io.witj.codegen.Generator;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.JavacRunner;
import io.witj.parser.model.Resolve;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported interface that only declares types (here reached through {@code use}) has nothing for
 * the host to implement: the builder has no setter for it and the world class no field; an imported
 * interface with a resource keeps its setter, since the guest's drops reach the host.
 */
class TypesOnlyImportTest {
  static final String WIT =
      """
      package demo:t@0.1.0;
      interface types { record point { x: s32, y: s32 } }
      interface handles { resource cursor; }
      interface api {
        use types.{point};
        use handles.{cursor};
        move: func(p: point, c: borrow<cursor>) -> point;
      }
      world w { import api; }
      """;

  @TempDir Path temp;

  @Test
  void typesOnlyInterfaceHasNoSetter() throws Exception {
    Resolve resolve = GlueHarness.resolve(temp, WIT);
    GeneratedSources sources =
        Generator.generate(resolve, GeneratorOptions.builder().world("w").build());
    String world =
        sources.files().stream()
            .filter(f -> f.typeSpec().name().equals("W"))
            .findFirst()
            .orElseThrow()
            .toString();
    assertThat(world).doesNotContain("Builder types(");
    assertThat(world).doesNotContain("typesImpl");
    assertThat(world).contains("Builder handles(");
    assertThat(world).contains("Builder api(");
    sources.writeTo(temp.resolve("src"));
    assertNull(new JavacRunner().compile(temp.resolve("src"), temp.resolve("classes")));
  }
}
