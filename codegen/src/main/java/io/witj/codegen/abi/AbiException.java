package io.witj.codegen.abi;

/**
 * A type or function the Canonical ABI cannot represent (for example {@code flags} with more than
 * 32 labels).
 */
public final class AbiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AbiException(String message) {
    super(message);
  }
}
