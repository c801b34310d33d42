package io.witj.it.seed;

import com.dylibso.chicory.wasm.WasmModule;
import io.witj.runtime.component.GuestModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The seed's 2023 binaries ({@code witj.seed}, default {@code ../shared/fixtures/seed}), parsed
 * once per test JVM; tests that need them are skipped, saying so, when they are absent.
 */
final class SeedBinaries {
  private static WasmModule keyvalue;
  private static WasmModule http;

  private SeedBinaries() {}

  static synchronized WasmModule keyvalue() {
    if (keyvalue == null) {
      keyvalue = parse("keyvalue-demo.wasm");
    }
    return keyvalue;
  }

  static synchronized WasmModule http() {
    if (http == null) {
      http = parse("http-server-demo.wasm");
    }
    return http;
  }

  private static WasmModule parse(String name) {
    Path dir = Path.of(System.getProperty("witj.seed", "../../shared/fixtures/seed"));
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      System.err.println("*** SKIPPED seed binaries test: " + file.toAbsolutePath() + " is absent");
      Assumptions.abort(file.toAbsolutePath() + " is absent");
    }
    try {
      return GuestModule.fromPath(file).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
