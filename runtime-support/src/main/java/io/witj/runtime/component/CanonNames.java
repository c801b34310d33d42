package io.witj.runtime.component;

/**
 * The names of canonical built-ins by opcode (Binary.md "Canonical Definitions"), for the messages
 * that reject those a synchronous host does not support (async, streams, futures, error-context,
 * threads).
 */
final class CanonNames {
  private static final String[] NAMES = new String[0x43];

  static {
    String[][] known = {
      {"05", "task.cancel"},
      {"06", "subtask.cancel"},
      {"09", "task.return"},
      {"0a", "context.get"},
      {"0b", "context.set"},
      {"0c", "thread.yield"},
      {"0d", "subtask.drop"},
      {"0e", "stream.new"},
      {"0f", "stream.read"},
      {"10", "stream.write"},
      {"11", "stream.cancel-read"},
      {"12", "stream.cancel-write"},
      {"13", "stream.drop-readable"},
      {"14", "stream.drop-writable"},
      {"15", "future.new"},
      {"16", "future.read"},
      {"17", "future.write"},
      {"18", "future.cancel-read"},
      {"19", "future.cancel-write"},
      {"1a", "future.drop-readable"},
      {"1b", "future.drop-writable"},
      {"1c", "error-context.new"},
      {"1d", "error-context.debug-message"},
      {"1e", "error-context.drop"},
      {"1f", "waitable-set.new"},
      {"20", "waitable-set.wait"},
      {"21", "waitable-set.poll"},
      {"22", "waitable-set.drop"},
      {"23", "waitable.join"},
      {"24", "backpressure.inc"},
      {"25", "backpressure.dec"},
      {"26", "thread.index"},
      {"27", "thread.new-indirect"},
      {"28", "thread.resume-later"},
      {"29", "thread.suspend"},
      {"2a", "thread.suspend-then-resume"},
      {"2b", "thread.yield-then-resume"},
      {"2c", "thread.suspend-then-promote"},
      {"2d", "thread.yield-then-promote"},
      {"40", "thread.spawn-ref"},
      {"41", "thread.spawn-indirect"},
      {"42", "thread.available-parallelism"},
    };
    for (String[] entry : known) {
      NAMES[Integer.parseInt(entry[0], 16)] = entry[1];
    }
  }

  private CanonNames() {}

  /** E.g. {@code stream.new (0x0e)}, or {@code built-in 0x7f} for an unknown opcode. */
  static String of(int opcode) {
    String hex = String.format("0x%02x", opcode);
    String name = opcode < NAMES.length ? NAMES[opcode] : null;
    return name == null ? "built-in " + hex : name + " (" + hex + ")";
  }
}
