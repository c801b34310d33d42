package io.witj.demo.guest;

import io.witj.demo.kv.KeyValueBackend;
import java.util.List;

/** A keyvalue demo guest of one ABI flavour. */
public interface KeyvalueGuest {
  /**
   * Runs the guest once, on a fresh instance whose key/value imports use {@code backend}.
   *
   * @throws RuntimeException when the guest traps ({@code WitTrapException}) or cannot be
   *     instantiated
   */
  GuestRun run(KeyValueBackend backend, List<String> args);
}
