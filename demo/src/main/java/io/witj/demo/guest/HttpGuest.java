package io.witj.demo.guest;

import java.util.List;

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

  /**
   * What the guest's set-up said that the user should know, one line each (e.g. the address a 2023
   * guest asked to be served on, which the host's options override); printed after the address the
   * server listens on. Empty before set-up.
   */
  default List<String> setupRemarks() {
    return List.of();
  }
}
