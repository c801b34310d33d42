package io.witj.demo.testing;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.GuestCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The committed demo guests (demo/guests), loaded once per engine and test JVM. */
public final class DemoGuests {
  public static final String KEYVALUE_C = "keyvalue-c.component.wasm";
  public static final String HTTP_RUST = "http-rust.component.wasm";

  private static final Map<String, GuestCode> LOADED = new ConcurrentHashMap<>();

  private DemoGuests() {}

  public static GuestCode load(String guest, Engine engine) {
    return LOADED.computeIfAbsent(
        guest + "/" + engine, k -> GuestCode.load(guest, bytes(guest), engine));
  }

  public static byte[] bytes(String guest) {
    try (InputStream in = DemoGuests.class.getResourceAsStream("/io/witj/demo/guests/" + guest)) {
      if (in == null) {
        throw new IllegalStateException("no resource for guest " + guest);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
