package io.witj.demo.guest;

import io.witj.demo.kv.KeyValueBackend;

/**
 * One ABI flavour of demo guests (e.g. components of the witj-demo WIT, or the seed's 2023
 * wit-bindgen 0.2 modules): recognizes its guests by their exports and adapts them, through the
 * bindings generated for it, to the guest-independent host ({@link KeyvalueGuest}, {@link
 * HttpGuest}). This is the only place that knows a flavour's bindings; the server, pool and
 * backends do not.
 */
public interface GuestFlavour {
  /** The flavour's name, for messages. */
  String name();

  /** What a guest of this flavour exports, for the message when no flavour recognizes a guest. */
  String expectedExports();

  /** Whether {@code code} is a keyvalue guest of this flavour. */
  boolean isKeyvalueGuest(GuestCode code);

  /** Whether {@code code} is an http guest of this flavour. */
  boolean isHttpGuest(GuestCode code);

  /** {@code code} as a keyvalue guest; only when {@link #isKeyvalueGuest}. */
  KeyvalueGuest keyvalueGuest(GuestCode code);

  /** {@code code} as an http guest using {@code backend}; only when {@link #isHttpGuest}. */
  HttpGuest httpGuest(GuestCode code, KeyValueBackend backend);
}
