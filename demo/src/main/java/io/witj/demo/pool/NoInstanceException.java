package io.witj.demo.pool;

/** No instance became free within the bounded wait (the server answers 503). */
public final class NoInstanceException extends Exception {
  private static final long serialVersionUID = 1L;

  public NoInstanceException(String message) {
    super(message);
  }
}
