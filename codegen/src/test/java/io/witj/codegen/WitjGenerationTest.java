package io.witj.codegen;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.WitSources;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.model.PackageName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator API the CLI and the Maven plugin share: sources in, files or diagnostics out. */
class WitjGenerationTest {
  private static final String WIT =
      """
      package demo:calc@1.0.0;
      /// Adds numbers.
      interface host { add: func(a: u32, b: u32) -> u32; }
      world calc { import host; import acme:log/sink@2.0.0; export run: func(x: u32) -> u32; }
      """;
  private static final String LOG =
      "package acme:log@2.0.0;\ninterface sink { log: func(message: string); }\n";

  private static WitSources sources(String text) {
    return new WitSources(List.of(new SourceFile("src/main/wit/calc.wit", text)), List.of());
  }

  private static GenerationResult generate(String text, GeneratorOptions options) {
    return WitjGeneration.builder(sources(text))
        .library(
            name ->
                name.equals(new PackageName("acme", "log", "2.0.0"))
                    ? Optional.of(List.of(new SourceFile("lib.jar!/sink.wit", LOG)))
                    : Optional.empty())
        .options(options)
        .worldOption("<world>")
        .build()
        .generate();
  }

  @Test
  void generatesInMemoryWithPathsStatsAndOrigins() {
    GenerationResult result =
        generate(WIT, GeneratorOptions.builder().basePackage("com.example").build());
    assertThat(result.succeeded()).isTrue();
    assertThat(result.files().stream().map(GeneratedFile::path).toList())
        .containsExactly(
            "com/example/demo/calc/Host.java",
            "com/example/acme/log/Sink.java",
            "com/example/demo/calc/Calc.java",
            "com/example/demo/calc/internal/CalcAbi.java");
    assertThat(result.stats().orElseThrow())
        .isEqualTo(new WorldStats("demo:calc/calc@1.0.0", 2, 0, 0, 3));
    assertThat(result.origins().values())
        .containsExactly("lib.jar!/sink.wit", "src/main/wit/calc.wit")
        .inOrder();
  }

  @Test
  void outputIsByteIdenticalAcrossRunsAndUsesLineFeedsOnly() {
    String crlf = WIT.replace("\n", "\r\n");
    GeneratorOptions options = GeneratorOptions.builder().build();
    List<GeneratedFile> first = generate(crlf, options).files();
    List<GeneratedFile> second = generate(WIT, options).files();
    assertThat(first).hasSize(second.size());
    for (int i = 0; i < first.size(); i++) {
      String text = new String(first.get(i).content(), StandardCharsets.UTF_8);
      assertThat(text).doesNotContain("\r");
      assertThat(first.get(i).content()).isEqualTo(second.get(i).content());
    }
  }

  @Test
  void invalidWitComesBackAsDiagnostics() {
    GenerationResult result =
        generate(
            "package demo:calc;\nworld w { import nope; }\n", GeneratorOptions.builder().build());
    assertThat(result.succeeded()).isFalse();
    assertThat(result.files()).isEmpty();
    assertThat(result.diagnostics().get(0).render()).startsWith("src/main/wit/calc.wit:2:18: ");
  }

  @Test
  void generationErrorsNameTheFrontEndsOption() {
    GenerationResult result =
        generate(
            "package demo:calc;\nworld a { }\nworld b { }\n", GeneratorOptions.builder().build());
    assertThat(result.diagnostics().get(0).render())
        .isEqualTo("error: several worlds, choose one with <world>: demo:calc/a, demo:calc/b");
  }

  @Test
  void writeIfChangedLeavesIdenticalFilesAlone(@TempDir Path out) throws Exception {
    GeneratedFile file = new GeneratedFile("a/B.java", "class B {}\n");
    assertThat(file.writeIfChanged(out)).isTrue();
    Path written = out.resolve("a/B.java");
    Files.setLastModifiedTime(written, java.nio.file.attribute.FileTime.fromMillis(1000));
    assertThat(file.writeIfChanged(out)).isFalse();
    assertThat(Files.getLastModifiedTime(written).toMillis()).isEqualTo(1000);
    assertThat(new GeneratedFile("a/B.java", "class B { }\n").writeIfChanged(out)).isTrue();
    assertThat(Files.readString(written)).isEqualTo("class B { }\n");
  }
}
