package io.witj.demo.cli;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.GuestCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Loads the guest a command names, or the default guest embedded in the demo jar. */
final class Guests {
  /** The embedded keyvalue guest (C, demo/guests/keyvalue-c). */
  static final String KEYVALUE_DEFAULT = "keyvalue-c.component.wasm";

  /** The embedded http guest (Rust, demo/guests/http-rust). */
  static final String HTTP_DEFAULT = "http-rust.component.wasm";

  private Guests() {}

  static GuestCode load(Optional<String> file, String embedded, Engine engine)
      throws FailureException {
    String name;
    byte[] wasm;
    if (file.isPresent()) {
      name = file.get();
      try {
        wasm = Files.readAllBytes(Path.of(name));
      } catch (NoSuchFileException e) {
        throw new FailureException("cannot read guest " + name + ": no such file");
      } catch (IOException e) {
        throw new FailureException("cannot read guest " + name + ": " + e.getMessage());
      }
    } else {
      name = embedded + " (embedded default guest)";
      wasm = embedded(embedded);
    }
    try {
      return GuestCode.load(name, wasm, engine);
    } catch (RuntimeException e) {
      throw new FailureException("cannot load guest " + name + ": " + e.getMessage());
    }
  }

  private static byte[] embedded(String resource) throws FailureException {
    try (InputStream in = Guests.class.getResourceAsStream("/io/witj/demo/guests/" + resource)) {
      if (in == null) {
        throw new FailureException("the demo jar lacks its default guest " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new FailureException("cannot read the default guest " + resource + ": " + e);
    }
  }
}
