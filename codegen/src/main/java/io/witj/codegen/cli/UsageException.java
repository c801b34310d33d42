package io.witj.codegen.cli;

/**
 * A command line that cannot be understood; the tool prints the message and the usage, and exits 2.
 */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
