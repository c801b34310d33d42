package io.witj.codegen.cli;

/** The process exit codes of {@code witj}. */
final class ExitCode {
  /** Everything succeeded. */
  static final int OK = 0;

  /** The input is invalid WIT, or could not be read. */
  static final int INVALID = 1;

  /** The command line is malformed. */
  static final int USAGE = 2;

  /** A defect in witj itself (an unexpected exception); the message asks for a report. */
  static final int INTERNAL = 3;

  private ExitCode() {}
}
