package io.witj.demo.seed;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.GuestCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * The seed's 2023 binaries ({@code witj.seed}, default {@code ../../shared/fixtures/seed}), loaded
 * once per engine and test JVM; tests that need them are skipped, saying so, when they are absent.
 */
final class SeedGuests {
  static final String KEYVALUE = "keyvalue-demo.wasm";
  static final String HTTP = "http-server-demo.wasm";

  private static final Map<String, GuestCode> LOADED = new ConcurrentHashMap<>();

  private SeedGuests() {}

  /** The file of seed binary {@code name}; aborts the test when it is absent. */
  static Path file(String name) {
    Path file =
        Path.of(System.getProperty("witj.seed", "../../shared/fixtures/seed")).resolve(name);
    if (!Files.isRegularFile(file)) {
      System.err.println("*** SKIPPED seed demo test: " + file.toAbsolutePath() + " is absent");
      Assumptions.abort(file.toAbsolutePath() + " is absent");
    }
    return file;
  }

  static GuestCode load(String name, Engine engine) {
    Path file = file(name);
    return LOADED.computeIfAbsent(
        name + "/" + engine,
        k -> {
          try {
            return GuestCode.load(name, Files.readAllBytes(file), engine);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
