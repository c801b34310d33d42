package io.witj.runtime.component;

import com.dylibso.chicory.wasm.WasmModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The guest core module of a WebAssembly binary that is either a core module or a simple component
 * (see {@link ComponentReader}), ready to be parsed by Chicory and instantiated by generated
 * bindings.
 *
 * <pre>{@code
 * GuestModule guest = GuestModule.fromPath(Path.of("app.component.wasm"));
 * WasmModule module = guest.parse();   // parse once, instantiate many times
 * }</pre>
 */
public final class GuestModule {
  /** The module name of WASI preview1 imports, satisfied on Chicory by {@code WasiPreview1}. */
  public static final String WASI_PREVIEW1 = "wasi_snapshot_preview1";

  private final ComponentContents contents;
  private final byte[] bytes;

  private GuestModule(ComponentContents contents) {
    this.contents = contents;
    this.bytes = contents.guestBytes();
  }

  /**
   * The guest in {@code binary} (a core module or a component).
   *
   * @throws ComponentReadException if the binary is malformed or cannot be hosted as a core module
   */
  public static GuestModule fromBytes(byte[] binary) {
    return new GuestModule(ComponentReader.read(binary));
  }

  /**
   * The guest in the file at {@code path}.
   *
   * @throws IOException if the file cannot be read
   * @throws ComponentReadException if the binary is malformed or cannot be hosted as a core module
   */
  public static GuestModule fromPath(Path path) throws IOException {
    return fromBytes(Files.readAllBytes(path));
  }

  /** The guest core module's bytes (the input itself when it was a core module; do not modify). */
  public byte[] bytes() {
    return bytes;
  }

  /** What the binary contained. */
  public ComponentContents contents() {
    return contents;
  }

  /** The guest's imports and exports. */
  public CoreModuleInfo info() {
    return contents.guest().info();
  }

  /** Whether the guest imports WASI preview1 (so a host must provide {@code WasiPreview1}). */
  public boolean importsWasiPreview1() {
    return contents.guestImportsWasiPreview1();
  }

  /**
   * Checks that the guest exports a function for each of {@code names} (e.g. the core names of a
   * world's exports).
   *
   * @throws ComponentReadException naming every missing export and what the guest does export
   */
  public GuestModule requireFunctionExports(Collection<String> names) {
    List<String> missing =
        names.stream().filter(n -> !info().exports(n, CoreExternKind.FUNC)).toList();
    if (!missing.isEmpty()) {
      throw new ComponentReadException(
          "the guest core module does not export function(s) "
              + String.join(", ", missing)
              + "; it "
              + info().describe());
    }
    return this;
  }

  /**
   * Parses the guest core module with Chicory (the costly step for large guests: do it once).
   *
   * @throws ComponentReadException if Chicory cannot parse it (its exception is the cause)
   */
  public WasmModule parse() {
    return CoreModuleParser.parse(bytes, "the guest core module");
  }
}
