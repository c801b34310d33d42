package io.witj.runtime.component;

import java.util.List;
import java.util.Objects;

/**
 * Finds the guest core module in a WebAssembly binary, so that a component built by wit-component
 * (wit-bindgen, cargo component, componentize-js, ...) can run on Chicory as a core module.
 *
 * <p>A core module (preamble version 1, layer 0) is passed through. A component (version 0x0d,
 * layer 1) is walked section by section; its core modules (section id 1) are scanned and each must
 * be one of:
 *
 * <ul>
 *   <li>{@link ModuleRole#GUEST} — the only module that defines and exports its own memory;
 *   <li>{@link ModuleRole#WASI_ADAPTER} — imports its memory and otherwise only {@code env}, {@code
 *       __main_module__} and {@code wasi:*} interfaces, and exports every function the guest
 *       imports from {@code wasi_snapshot_preview1} (the preview1 adapter; at most one);
 *   <li>{@link ModuleRole#SHIM} — no imports, a table, and only {@code call_indirect} trampolines;
 *   <li>{@link ModuleRole#FIXUP} — recognized by shape, whatever its import module names
 *       (wit-component: {@code ""}; componentize-js: {@code actual} and {@code shim}): imports only
 *       functions and tables, defines no code, exports nothing, no start, and only active element
 *       segments that fill an imported table with imported functions;
 *   <li>{@link ModuleRole#INITIALIZER} — imports only functions, no code, no exports, no element
 *       segments, a start function (wit-component's caller of {@code _initialize}; generated
 *       bindings call it instead).
 * </ul>
 *
 * Nested components are walked and accepted when they hold no core modules or core instances
 * (wit-component nests type-only components that re-export an interface with its named types).
 * Anything else is rejected with a {@link ComponentReadException} that says what was found: nested
 * components with core modules, no or several guest modules, unrecognized modules (e.g. shared
 * libraries linked together), a guest importing WASI 0.2 interfaces ({@code wasi:cli}, {@code
 * wasi:io}, {@code wasi:filesystem}, {@code wasi:clocks}, {@code wasi:random}, {@code
 * wasi:sockets}) directly rather than through the adapter, a guest instantiated more than once.
 * Malformed or truncated input is reported the same way, with the byte offset.
 */
public final class ComponentReader {
  private ComponentReader() {}

  /**
   * Reads {@code bytes} (a core module or a component).
   *
   * @throws ComponentReadException if the binary is malformed or cannot be hosted as a core module
   */
  public static ComponentContents read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    BinaryKind kind = BinaryKind.detect(bytes);
    if (kind == BinaryKind.CORE_MODULE) {
      CoreModuleInfo info = CoreModuleScanner.scan(bytes, 0, bytes.length, "core module");
      return new ComponentContents(
          kind, bytes, List.of(new ComponentModule(0, 0, info, ModuleRole.GUEST)), 0, 0);
    }
    ComponentLayout layout = ComponentScanner.scan(bytes);
    return new ComponentContents(
        kind,
        bytes,
        ModuleClassifier.classify(layout),
        layout.coreInstances(),
        layout.nestedComponents());
  }
}
