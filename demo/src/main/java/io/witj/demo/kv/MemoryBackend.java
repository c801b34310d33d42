package io.witj.demo.kv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stores in the JVM's memory ({@code memory:}); they live as long as the backend. */
public final class MemoryBackend implements KeyValueBackend {
  private final Map<String, Store> stores = new ConcurrentHashMap<>();

  @Override
  public KeyValueStore open(String name) {
    return stores.computeIfAbsent(name, Store::new);
  }

  @Override
  public String describe() {
    return "memory:";
  }

  @Override
  public void close() {
    stores.clear();
  }

  private static final class Store implements KeyValueStore {
    private final String name;
    private final Map<String, byte[]> entries = new ConcurrentHashMap<>();

    Store(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<byte[]> get(String key) {
      byte[] value = entries.get(key);
      return value == null ? Optional.empty() : Optional.of(value.clone());
    }

    @Override
    public void set(String key, byte[] value) {
      entries.put(key, value.clone());
    }

    @Override
    public void delete(String key) {
      entries.remove(key);
    }

    @Override
    public boolean exists(String key) {
      return entries.containsKey(key);
    }

    @Override
    public List<String> keys() {
      return new ArrayList<>(entries.keySet());
    }
  }
}
