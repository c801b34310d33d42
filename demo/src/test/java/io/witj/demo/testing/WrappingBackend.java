package io.witj.demo.testing;

import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueException;
import io.witj.demo.kv.KeyValueStore;
import java.util.List;
import java.util.Optional;

/** A backend whose store operations a test can override: wraps another backend's stores. */
public class WrappingBackend implements KeyValueBackend {
  private final KeyValueBackend inner;

  public WrappingBackend(KeyValueBackend inner) {
    this.inner = inner;
  }

  protected Optional<byte[]> get(KeyValueStore store, String key) throws KeyValueException {
    return store.get(key);
  }

  protected void set(KeyValueStore store, String key, byte[] value) throws KeyValueException {
    store.set(key, value);
  }

  protected void delete(KeyValueStore store, String key) throws KeyValueException {
    store.delete(key);
  }

  @Override
  public KeyValueStore open(String name) throws KeyValueException {
    KeyValueStore store = inner.open(name);
    return new KeyValueStore() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<byte[]> get(String key) throws KeyValueException {
        return WrappingBackend.this.get(store, key);
      }

      @Override
      public void set(String key, byte[] value) throws KeyValueException {
        WrappingBackend.this.set(store, key, value);
      }

      @Override
      public void delete(String key) throws KeyValueException {
        WrappingBackend.this.delete(store, key);
      }

      @Override
      public boolean exists(String key) throws KeyValueException {
        return store.exists(key);
      }

      @Override
      public List<String> keys() throws KeyValueException {
        return store.keys();
      }
    };
  }

  @Override
  public String describe() {
    return "wrapped " + inner.describe();
  }

  @Override
  public void close() {
    inner.close();
  }
}
