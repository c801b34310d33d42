package io.witj.demo.guest;

/** A guest's set-up entry point reported an error or did not ask to be served. */
public final class GuestSetupException extends Exception {
  private static final long serialVersionUID = 1L;

  public GuestSetupException(String message) {
    super(message);
  }
}
