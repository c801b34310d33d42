package io.witj.it.roundtrip;

import java.util.HashMap;
import java.util.Map;

/**
 * What the host's import implementations received, by WIT function name; each answers {@code T} of
 * its argument (tuple or record of its parameters for several).
 */
final class Recorder {
  private final Map<String, Object> received = new HashMap<>();

  /** Records {@code argument} as received by {@code function} and returns {@code T(argument)}. */
  <T> T echo(String function, T argument) {
    received.put(function, argument);
    return Transform.apply(argument);
  }

  /** The argument {@code function} last received; fails when it was not called. */
  Object received(String function) {
    if (!received.containsKey(function)) {
      throw new AssertionError("the guest did not call host import " + function);
    }
    return received.remove(function);
  }
}
