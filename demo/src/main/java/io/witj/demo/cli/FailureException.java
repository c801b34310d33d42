package io.witj.demo.cli;

/**
 * The demo could not do its job (an unreadable guest, a guest that failed or trapped, a server that
 * cannot listen): reported in one line, exit status 1.
 */
public final class FailureException extends Exception {
  private static final long serialVersionUID = 1L;

  public FailureException(String message) {
    super(message);
  }
}
