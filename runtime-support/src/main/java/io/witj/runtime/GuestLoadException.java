package io.witj.runtime;

/**
 * A guest binary that cannot run with the generated bindings: it is not a WebAssembly binary, is
 * malformed or invalid (Chicory's parser and validator reject it; their exception is the cause), or
 * does not fit the world: it imports functions the host does not provide, lacks exports the world
 * needs, or has exports of the wrong core type. Instantiation failures (a data segment out of
 * bounds, an import of the wrong type) are reported the same way.
 *
 * <p>Thrown by the generated builders ({@code builder(byte[])}, {@code build()}) and by {@link
 * io.witj.runtime.component.GuestModule}; the message says what was wrong, naming every missing
 * import or export at once. Traps while the guest runs are {@link WitTrapException}s instead.
 */
public class GuestLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was wrong, in words
   */
  public GuestLoadException(String message) {
    super(message);
  }

  /**
   * @param message what was wrong, in words
   * @param cause the exception of the parser, validator or linker that found it
   */
  public GuestLoadException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * What {@code cause} says, for a message: its message, or its class name when it has none (a
   * parser's {@code NullPointerException} or failed {@code assert}).
   */
  public static String reason(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getName() : message;
  }
}
