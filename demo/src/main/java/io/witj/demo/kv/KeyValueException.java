package io.witj.demo.kv;

/**
 * A key/value operation failed. The {@link Kind} says why in terms every guest ABI maps to its own
 * error cases (a connection, authentication or timeout failure of a Redis server, an I/O error of
 * the file backend); backends never let another exception escape.
 */
public final class KeyValueException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an operation failed. */
  public enum Kind {
    /** The backend cannot be reached. */
    CONNECTION,
    /** The backend refused the credentials. */
    AUTHENTICATION,
    /** The backend did not answer in time. */
    TIMEOUT,
    /** Reading or writing the backend's storage failed. */
    IO,
    /** Anything else. */
    OTHER,
  }

  private final Kind kind;

  public KeyValueException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public KeyValueException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** Why the operation failed. */
  public Kind kind() {
    return kind;
  }
}
