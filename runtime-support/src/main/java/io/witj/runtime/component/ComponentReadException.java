package io.witj.runtime.component;

/**
 * The only exception {@link ComponentReader} and {@link GuestModule} throw for their input: the
 * bytes are not a WebAssembly binary, are malformed or truncated, or are a component this runtime
 * cannot host (nested components, several guest modules linked together, WASI 0.2 imports the
 * preview1 adapter is not in front of, ...). The message says what was found, with byte offsets
 * where they help.
 */
public class ComponentReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was wrong, in words
   */
  public ComponentReadException(String message) {
    super(message);
  }
}
