package io.witj.demo.component;

import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestFlavour;
import io.witj.demo.guest.HttpGuest;
import io.witj.demo.guest.KeyvalueGuest;
import io.witj.demo.kv.KeyValueBackend;

/**
 * Guests of the witj-demo WIT packages ({@code wit/keyvalue}, {@code wit/http}) with the Canonical
 * ABI of today's Component Model, as components or core modules, through the bindings witj
 * generates from that WIT ({@code io.witj.demo.bindings}).
 */
public final class ComponentFlavour implements GuestFlavour {
  static final String RUN = "witj-demo:keyvalue/app@0.1.0#run";
  static final String INIT = "witj-demo:http/app@0.1.0#init";
  static final String HANDLE = "witj-demo:http/handler@0.1.0#handle";

  @Override
  public String name() {
    return "witj-demo component";
  }

  @Override
  public String expectedExports() {
    return RUN + " (keyvalue) or " + INIT + " and " + HANDLE + " (http)";
  }

  @Override
  public boolean isKeyvalueGuest(GuestCode code) {
    return code.exportsFunction(RUN);
  }

  @Override
  public boolean isHttpGuest(GuestCode code) {
    return code.exportsFunction(INIT) && code.exportsFunction(HANDLE);
  }

  @Override
  public KeyvalueGuest keyvalueGuest(GuestCode code) {
    return new ComponentKeyvalueGuest(code);
  }

  @Override
  public HttpGuest httpGuest(GuestCode code, KeyValueBackend backend) {
    return new ComponentHttpGuest(code, backend);
  }
}
