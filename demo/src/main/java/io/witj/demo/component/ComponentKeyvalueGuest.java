package io.witj.demo.component;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import io.witj.demo.bindings.witj_demo.keyvalue.KeyvalueDemo;
import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestRun;
import io.witj.demo.guest.KeyvalueGuest;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.runtime.Result;
import java.util.List;
import java.util.function.Function;

/** A keyvalue-demo world guest: one instance per run, {@code app.run(args)} called once. */
final class ComponentKeyvalueGuest implements KeyvalueGuest {
  private final GuestCode code;

  ComponentKeyvalueGuest(GuestCode code) {
    this.code = code;
  }

  @Override
  public GuestRun run(KeyValueBackend backend, List<String> args) {
    KeyvalueDemo.Builder builder =
        KeyvalueDemo.builder(code.module()).store(new StoreImports(backend));
    Function<Instance, Machine> machine = code.machineFactory();
    if (machine != null) {
      builder.machineFactory(machine);
    }
    try (KeyvalueDemo demo = builder.build()) {
      Result<String, String> result = demo.app().run(args);
      return result instanceof Result.Ok<String, String> ok
          ? new GuestRun(true, ok.value())
          : new GuestRun(false, result.unwrapErr());
    }
  }
}
