package io.witj.runtime.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Locates the wit-bindgen fixture components (system property {@code witj.fixtures}). */
final class FixtureComponents {
  private FixtureComponents() {}

  /**
   * The fixture directories holding a {@code *.component.wasm}; aborts the test loudly if absent.
   */
  static List<Path> directories() {
    String property =
        System.getProperty("witj.fixtures", "../../shared/fixtures/wit-bindgen-runtime");
    Path root = Path.of(property);
    if (!Files.isDirectory(root)) {
      System.err.println(
          "*** SKIPPED component fixture tests: fixtures not found (witj.fixtures="
              + property
              + ")");
      Assumptions.abort("fixtures not found: witj.fixtures=" + property);
    }
    try (Stream<Path> dirs = Files.list(root)) {
      List<Path> result = new ArrayList<>();
      dirs.sorted().filter(d -> Files.exists(component(d))).forEach(result::add);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code dir/<name>.component.wasm}. */
  static Path component(Path dir) {
    return dir.resolve(dir.getFileName() + ".component.wasm");
  }

  /** The bytes of the {@code smoke} fixture component. */
  static byte[] smoke() throws IOException {
    for (Path dir : directories()) {
      if (dir.getFileName().toString().equals("smoke")) {
        return Files.readAllBytes(component(dir));
      }
    }
    throw new IOException("the smoke fixture is missing");
  }
}
