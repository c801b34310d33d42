package io.witj.demo.guest;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.Import;
import io.witj.runtime.component.GuestModule;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A guest ready to instantiate: its core module parsed once (taken out of a component if it is one)
 * and, with {@link Engine#COMPILER}, compiled once; every instance of the guest is made from this.
 */
public final class GuestCode {
  private final String name;
  private final WasmModule module;
  private final Engine engine;
  private final @Nullable Function<Instance, Machine> machineFactory;
  private final Set<String> functionExports;
  private final Set<String> functionImports;

  private GuestCode(String name, WasmModule module, Engine engine) {
    this.name = name;
    this.module = module;
    this.engine = engine;
    this.machineFactory = engine == Engine.COMPILER ? MachineFactoryCompiler.compile(module) : null;
    Set<String> exports = new HashSet<>();
    for (int i = 0; i < module.exportSection().exportCount(); i++) {
      Export export = module.exportSection().getExport(i);
      if (export.exportType() == ExternalType.FUNCTION) {
        exports.add(export.name());
      }
    }
    this.functionExports = Set.copyOf(exports);
    Set<String> imports = new HashSet<>();
    for (int i = 0; i < module.importSection().importCount(); i++) {
      Import imported = module.importSection().getImport(i);
      if (imported.importType() == ExternalType.FUNCTION) {
        imports.add(imported.module() + "\0" + imported.name());
      }
    }
    this.functionImports = Set.copyOf(imports);
  }

  /**
   * Parses (and with the compiler, compiles) the guest in {@code wasm}, a core module or a
   * component.
   *
   * @param name what to call the guest in messages (its file name, or the embedded default's)
   * @throws RuntimeException ({@code ComponentReadException} or a Chicory exception) when the bytes
   *     are not a guest that can be loaded
   */
  public static GuestCode load(String name, byte[] wasm, Engine engine) {
    return new GuestCode(name, GuestModule.fromBytes(wasm).parse(), engine);
  }

  public String name() {
    return name;
  }

  /** The parsed core module. */
  public WasmModule module() {
    return module;
  }

  public Engine engine() {
    return engine;
  }

  /** The compiled machine factory, or null for the interpreter. */
  public @Nullable Function<Instance, Machine> machineFactory() {
    return machineFactory;
  }

  /** Whether the core module imports the function {@code name} of module {@code module}. */
  public boolean importsFunction(String module, String name) {
    return functionImports.contains(module + "\0" + name);
  }

  /** Whether the core module exports a function called {@code name}. */
  public boolean exportsFunction(String name) {
    return functionExports.contains(name);
  }
}
