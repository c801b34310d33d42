package io.witj.demo.guest;

/**
 * An http demo guest of one ABI flavour, with its key/value backend: makes the instances the
 * server's pool hands to requests. Thread-safe; the instances are not.
 */
public interface HttpGuest {
  /**
   * A new instance (its set-up entry point not run).
   *
   * @throws RuntimeException when instantiation fails
   */
  HttpGuestInstance newInstance();
}
