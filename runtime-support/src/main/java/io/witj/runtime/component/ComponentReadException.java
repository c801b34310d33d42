package io.witj.runtime.component;

import io.witj.runtime.GuestLoadException;

/**
 * The only exception {@link ComponentReader} and {@link GuestModule} throw for their input: the
 * bytes are not a WebAssembly binary, are malformed or truncated, or are a component this runtime
 * cannot host (nested components, several guest modules linked together, WASI 0.2 imports the
 * preview1 adapter is not in front of, ...), or a core module Chicory's parser rejects (its
 * exception is the cause). The message says what was found, with byte offsets where they help. A
 * {@link GuestLoadException}, like every other reason a guest cannot be loaded.
 */
public class ComponentReadException extends GuestLoadException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was wrong, in words
   */
  public ComponentReadException(String message) {
    super(message);
  }

  /**
   * @param message what was wrong, in words
   * @param cause the exception of the parser that found it
   */
  public ComponentReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
