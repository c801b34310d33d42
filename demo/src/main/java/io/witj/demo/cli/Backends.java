package io.witj.demo.cli;

import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueBackends;

/** Opens the {@code --kv} backend; a bad URL is a usage error. */
final class Backends {
  private Backends() {}

  static KeyValueBackend open(String command, String url) throws UsageException {
    try {
      return KeyValueBackends.open(url);
    } catch (IllegalArgumentException e) {
      throw new UsageException(command + ": --kv: " + e.getMessage());
    }
  }
}
