package io.witj.codegen;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.model.Resolve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deep but legal WIT generates Java that compiles, without a {@code StackOverflowError}: an alias
 * chain of 20 000 links used by an imported and an exported function, and a record nested the 100
 * levels the component model allows.
 */
class DeepWitCompileTest {
  @TempDir Path dir;

  @Test
  void longAliasChainsAndTheDeepestAllowedNestingCompile() throws Exception {
    StringBuilder wit = new StringBuilder("package a:b;\ninterface i {\n  type a0 = u32;\n");
    for (int k = 1; k < 20_000; k++) {
      wit.append("  type a").append(k).append(" = a").append(k - 1).append(";\n");
    }
    wit.append("  record r1 { x: a19999 }\n");
    for (int k = 2; k <= 100; k++) {
      wit.append("  record r").append(k).append(" { x: r").append(k - 1).append(" }\n");
    }
    wit.append("  f: func(x: a19999) -> list<a19999>;\n  g: func(x: r100) -> r100;\n}\n");
    wit.append("world w { import i; export i; }\n");
    Resolve resolve =
        WitFixtures.load(Files.writeString(dir.resolve("deep.wit"), wit.toString()), Set.of());
    GeneratedSources sources =
        Generator.generate(resolve, GeneratorOptions.builder().world("w").build());
    Path src = dir.resolve("src");
    sources.writeTo(src);
    assertThat(new JavacRunner().compile(src, dir.resolve("classes"))).isNull();
  }
}
