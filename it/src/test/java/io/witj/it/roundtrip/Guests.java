package io.witj.it.roundtrip;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The committed round-trip guests ({@code it/guests/roundtrip/*.wasm}), each parsed once per JVM.
 * The directory is the system property {@code witj.roundtrip.guests} (default {@code
 * guests/roundtrip}, relative to the {@code it} module).
 */
final class Guests {
  static final String C = "roundtrip-c.wasm";
  static final String RUST = "roundtrip-rust.wasm";

  private static final Map<String, WasmModule> PARSED = new ConcurrentHashMap<>();

  private Guests() {}

  static Path dir() {
    return Path.of(System.getProperty("witj.roundtrip.guests", "guests/roundtrip"));
  }

  static Path path(String name) {
    return dir().resolve(name);
  }

  static WasmModule module(String name) {
    return PARSED.computeIfAbsent(name, n -> Parser.parse(path(n)));
  }
}
