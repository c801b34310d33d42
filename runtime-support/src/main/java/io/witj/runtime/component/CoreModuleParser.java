package io.witj.runtime.component;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.witj.runtime.GuestLoadException;

/**
 * Parses a core module with Chicory, the boundary where untrusted bytes meet a parser that reports
 * malformed input in many ways: its own {@code MalformedException}, but on some inputs also a
 * {@code NullPointerException}, an index out of bounds or a failed {@code assert} (with {@code
 * -ea}). Whatever it throws becomes a {@link ComponentReadException} naming the module, with
 * Chicory's exception as the cause, so callers of witj's loaders see one documented exception.
 */
final class CoreModuleParser {
  private CoreModuleParser() {}

  /**
   * Parses {@code bytes}.
   *
   * @param what the module, for the message (e.g. {@code "core module #2"})
   * @throws ComponentReadException if Chicory rejects or fails on the bytes
   */
  static WasmModule parse(byte[] bytes, String what) {
    try {
      return Parser.parse(bytes);
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      throw new ComponentReadException(
          what + " cannot be parsed by Chicory: " + GuestLoadException.reason(e), e);
    }
  }
}
