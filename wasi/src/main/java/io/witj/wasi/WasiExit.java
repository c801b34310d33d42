package io.witj.wasi;

/**
 * A guest called {@code wasi:cli/exit.exit} (or {@code exit-with-code}): a clean end of the guest
 * with an exit status, not a trap. It propagates out of the guest call that exited; {@link
 * WasiHost#run} turns it into the status it returns. The component instance must not be used
 * afterwards.
 */
public final class WasiExit extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param status 0 for success; {@code exit(err)} is 1
   */
  public WasiExit(int status) {
    super("the guest exited with status " + status, null, false, false);
    this.status = status;
  }

  /** The exit status (0 for success). */
  public int status() {
    return status;
  }
}
