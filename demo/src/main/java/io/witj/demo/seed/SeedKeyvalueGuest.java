package io.witj.demo.seed;

import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestRun;
import io.witj.demo.guest.KeyvalueGuest;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.seed.bindings.Spiderlightning;
import java.util.List;

/**
 * A 2023 keyvalue guest: one instance per run, {@code main} called once. Its own checks end in a
 * panic (a trap) when the host answers wrongly; it reports success by returning 0. What it prints
 * goes nowhere: these guests have no WASI, and Rust's standard output discards it.
 */
final class SeedKeyvalueGuest implements KeyvalueGuest {
  private final GuestCode code;

  SeedKeyvalueGuest(GuestCode code) {
    this.code = code;
  }

  /** Runs {@code main(0, 0)}; {@code args} are not passed (these guests take none). */
  @Override
  public GuestRun run(KeyValueBackend backend, List<String> args) {
    Spiderlightning.Builder builder =
        Spiderlightning.builder(code.module()).keyvalue(new SeedKeyvalueImports(backend));
    if (code.machineFactory() != null) {
      builder.machineFactory(code.machineFactory());
    }
    try (Spiderlightning demo = builder.build()) {
      int status = demo.main();
      return new GuestRun(status == 0, "the guest's main returned " + status + "\n");
    }
  }
}
