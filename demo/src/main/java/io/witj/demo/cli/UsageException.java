package io.witj.demo.cli;

/** A bad command line: reported in one line with a pointer to {@code --help}, exit status 2. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
