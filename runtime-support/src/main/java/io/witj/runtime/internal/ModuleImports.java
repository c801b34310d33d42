package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.Import;
import io.witj.runtime.GuestLoadException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks, before instantiation, that the host provides every import a guest module declares. Only
 * the module's own imports matter: host functions the module does not import are ignored, so a
 * guest may leave out imports it does not use.
 */
public final class ModuleImports {
  private ModuleImports() {}

  /**
   * Checks that {@code provided} covers every function the guest module imports.
   *
   * @param provided the host functions that will be given to the instance
   * @param hints import module name → what the host should do to provide it (e.g. {@code "call
   *     .store(...) on the builder"}), used in the error message
   * @throws GuestLoadException naming every missing import and how to provide it
   */
  public static void check(
      WasmModule module, Collection<? extends ImportFunction> provided, Map<String, String> hints) {
    Set<String> available = new HashSet<>();
    for (ImportFunction f : provided) {
      available.add(f.module() + "\0" + f.name());
    }
    List<String> missing = new ArrayList<>();
    var imports = module.importSection();
    for (int i = 0; i < imports.importCount(); i++) {
      Import imp = imports.getImport(i);
      String what = imp.module() + "#" + imp.name();
      if (imp.importType() != ExternalType.FUNCTION) {
        missing.add(what + " (a " + imp.importType() + " import; only functions can be provided)");
      } else if (!available.contains(imp.module() + "\0" + imp.name())) {
        String hint = hints.get(imp.module());
        missing.add(what + (hint != null ? " (" + hint + ")" : " (not part of the world)"));
      }
    }
    if (!missing.isEmpty()) {
      throw new GuestLoadException(
          "the guest imports what the host does not provide: " + String.join("; ", missing));
    }
  }
}
