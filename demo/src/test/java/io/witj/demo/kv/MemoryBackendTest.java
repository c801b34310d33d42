package io.witj.demo.kv;

/** The key/value contract over {@code memory:}. */
class MemoryBackendTest extends KeyValueContract {
  @Override
  KeyValueBackend newBackend() {
    return KeyValueBackends.open("memory:");
  }
}
