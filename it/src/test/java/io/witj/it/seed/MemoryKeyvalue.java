package io.witj.it.seed;

import io.witj.runtime.Result;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory host of the 2022 {@code keyvalue} interface for the seed tests: stores of one name
 * share their contents, every call is logged, and the stores the guest still holds are counted
 * (each handle the guest gets is one store object; dropping the handle closes it).
 */
final class MemoryKeyvalue implements Keyvalue {
  final Map<String, Map<String, byte[]>> data = new ConcurrentHashMap<>();
  final List<String> log = new ArrayList<>();
  private final boolean deleteDeletes;
  int open;

  /**
   * @param deleteDeletes false for a broken host whose {@code delete} keeps the value
   */
  MemoryKeyvalue(boolean deleteDeletes) {
    this.deleteDeletes = deleteDeletes;
  }

  MemoryKeyvalue() {
    this(true);
  }

  @Override
  public synchronized Result<Keyvalue_2, KeyvalueError> keyvalueOpen(String name) {
    log.add("open " + name);
    open++;
    return Result.ok(new Store(name, data.computeIfAbsent(name, n -> new HashMap<>())));
  }

  private final class Store implements Keyvalue_2 {
    private final String name;
    private final Map<String, byte[]> map;

    Store(String name, Map<String, byte[]> map) {
      this.name = name;
      this.map = map;
    }

    @Override
    public Result<byte[], KeyvalueError> get(String key) {
      synchronized (MemoryKeyvalue.this) {
        log.add("get " + name + " " + key);
        byte[] value = map.get(key);
        return value == null
            ? Result.err(new KeyvalueError.KeyNotFound(name + ":" + key))
            : Result.ok(value.clone());
      }
    }

    @Override
    public Result<Void, KeyvalueError> set(String key, byte[] value) {
      synchronized (MemoryKeyvalue.this) {
        log.add("set " + name + " " + key + " " + new String(value, StandardCharsets.UTF_8));
        map.put(key, value.clone());
        return Result.ok(null);
      }
    }

    @Override
    public Result<List<String>, KeyvalueError> keys() {
      synchronized (MemoryKeyvalue.this) {
        log.add("keys " + name);
        return Result.ok(List.copyOf(map.keySet()));
      }
    }

    @Override
    public Result<Void, KeyvalueError> delete(String key) {
      synchronized (MemoryKeyvalue.this) {
        log.add("delete " + name + " " + key);
        if (deleteDeletes) {
          map.remove(key);
        }
        return Result.ok(null);
      }
    }

    @Override
    public void close() {
      synchronized (MemoryKeyvalue.this) {
        log.add("close " + name);
        open--;
      }
    }
  }
}
