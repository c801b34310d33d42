package io.witj.runtime.component;

import java.util.Arrays;

/**
 * One core module found in a WebAssembly binary: where it is, what it contains and what it is for.
 *
 * @param index the module's position among the core modules of the binary (0 for a plain module)
 * @param offset the byte offset of the module's preamble in the binary
 * @param info what the module imports, exports and defines
 * @param role what the module is for
 */
public record ComponentModule(int index, int offset, CoreModuleInfo info, ModuleRole role) {

  /** A copy of this module's bytes out of {@code binary} (the bytes it was read from). */
  public byte[] bytesOf(byte[] binary) {
    return Arrays.copyOfRange(binary, offset, offset + info.size());
  }

  /** E.g. {@code #1 WASI preview1 adapter (16600 bytes)}. */
  public String summary() {
    return "#" + index + " " + role.label() + " (" + info.size() + " bytes)";
  }
}
