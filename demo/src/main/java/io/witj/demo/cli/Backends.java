package io.witj.demo.cli;

import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueBackends;

/** Opens the {@code --kv} backend; a bad URL is a usage error. */
final class Backends {
  /** The {@code --kv} option's description in the commands' help. */
  static final String HELP =
      "where the stores live: "
          + KeyValueBackends.FORMS
          + " (default "
          + KeyValueBackends.DEFAULT_URL
          + ")";

  private Backends() {}

  static KeyValueBackend open(String command, String url) throws UsageException {
    try {
      return KeyValueBackends.open(url);
    } catch (IllegalArgumentException e) {
      throw new UsageException(command + ": --kv: " + e.getMessage());
    }
  }
}
