package io.witj.demo.guest;

/**
 * A guest answered a request with an error instead of a response: the server answers {@link
 * #status} without a body and logs {@link #getMessage}.
 */
public final class GuestHttpError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  public GuestHttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
