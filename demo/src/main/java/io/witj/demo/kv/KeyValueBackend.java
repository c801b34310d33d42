package io.witj.demo.kv;

/**
 * Where the demos' key/value stores live: in memory, in a directory, or in a Redis server (see
 * {@link KeyValueBackends#open}). Stores opened with the same name share their data; stores with
 * different names are isolated. Thread-safe: guests on several instances use one backend.
 */
public interface KeyValueBackend extends AutoCloseable {
  /** Opens (creating if needed) the store called {@code name}. */
  KeyValueStore open(String name) throws KeyValueException;

  /** What this backend is, for messages (e.g. {@code redis://127.0.0.1:6379}). */
  String describe();

  /** Releases connections and other resources; stores opened from it no longer work. */
  @Override
  void close();
}
