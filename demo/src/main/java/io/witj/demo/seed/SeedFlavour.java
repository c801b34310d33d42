package io.witj.demo.seed;

import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestFlavour;
import io.witj.demo.guest.HttpGuest;
import io.witj.demo.guest.KeyvalueGuest;
import io.witj.demo.kv.KeyValueBackend;

/**
 * Spiderlightning's guests of 2022–2023, built with wit-bindgen 0.2 (such as the seed's {@code
 * keyvalue-demo.wasm} and {@code http-server-demo.wasm}): plain core modules whose entry point is
 * {@code main}, hosted through bindings that witj generates from {@code wit/spiderlightning} with
 * the wit-bindgen 0.2 ABI flavour ({@code io.witj.demo.seed.bindings}). They export nothing that
 * names them, so they are recognized by what they import.
 */
public final class SeedFlavour implements GuestFlavour {
  static final String KEYVALUE = "keyvalue";
  static final String OPEN = "keyvalue::open";
  static final String HTTP_SERVER = "http-server";
  static final String SERVE = "server::serve";
  static final String MAIN = "main";

  @Override
  public String name() {
    return "wit-bindgen 0.2 (Spiderlightning 2023)";
  }

  @Override
  public String expectedExports() {
    return MAIN
        + ", importing "
        + KEYVALUE
        + "."
        + OPEN
        + " (keyvalue) or "
        + HTTP_SERVER
        + "."
        + SERVE
        + " (http)";
  }

  @Override
  public boolean isKeyvalueGuest(GuestCode code) {
    return code.exportsFunction(MAIN)
        && code.importsFunction(KEYVALUE, OPEN)
        && !code.importsFunction(HTTP_SERVER, SERVE);
  }

  @Override
  public boolean isHttpGuest(GuestCode code) {
    return code.exportsFunction(MAIN) && code.importsFunction(HTTP_SERVER, SERVE);
  }

  @Override
  public KeyvalueGuest keyvalueGuest(GuestCode code) {
    return new SeedKeyvalueGuest(code);
  }

  @Override
  public HttpGuest httpGuest(GuestCode code, KeyValueBackend backend) {
    return new SeedHttpGuest(code, backend);
  }
}
