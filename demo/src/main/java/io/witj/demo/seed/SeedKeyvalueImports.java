package io.witj.demo.seed;

import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueException;
import io.witj.demo.kv.KeyValueStore;
import io.witj.demo.seed.bindings.Keyvalue;
import io.witj.runtime.Result;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The 2022 {@code keyvalue} interface on a {@link KeyValueBackend}: a missing key is {@code
 * key-not-found("<store>:<key>")} (as hermit-wasm answered), backend failures are the matching
 * error cases, and the stores the guest holds are counted (each handle is one store object; the
 * guest's drop closes it).
 */
final class SeedKeyvalueImports implements Keyvalue {
  private final KeyValueBackend backend;
  private final AtomicInteger live = new AtomicInteger();

  SeedKeyvalueImports(KeyValueBackend backend) {
    this.backend = backend;
  }

  /** Stores the guest has opened and not dropped. */
  int live() {
    return live.get();
  }

  @Override
  public Result<Keyvalue_2, KeyvalueError> keyvalueOpen(String name) {
    try {
      KeyValueStore store = backend.open(name);
      live.incrementAndGet();
      return Result.ok(new Store(store));
    } catch (KeyValueException e) {
      return Result.err(error(e));
    }
  }

  static KeyvalueError error(KeyValueException e) {
    String message = String.valueOf(e.getMessage());
    return switch (e.kind()) {
      case CONNECTION -> new KeyvalueError.ConnectionError(message);
      case AUTHENTICATION -> new KeyvalueError.AuthenticationError(message);
      case TIMEOUT -> new KeyvalueError.TimeoutError(message);
      case IO -> new KeyvalueError.IoError(message);
      case OTHER -> new KeyvalueError.UnexpectedError(message);
    };
  }

  /** One backend operation, which may fail. */
  private interface Operation<T> {
    T run() throws KeyValueException;
  }

  /** One backend operation without a result, which may fail. */
  private interface Action {
    void run() throws KeyValueException;
  }

  private static <T> Result<T, KeyvalueError> call(Operation<T> operation) {
    try {
      return Result.ok(operation.run());
    } catch (KeyValueException e) {
      return Result.err(error(e));
    }
  }

  private static Result<Void, KeyvalueError> call(Action action) {
    try {
      action.run();
      return Result.ok();
    } catch (KeyValueException e) {
      return Result.err(error(e));
    }
  }

  private final class Store implements Keyvalue_2 {
    private final KeyValueStore store;
    private boolean closed;

    Store(KeyValueStore store) {
      this.store = store;
    }

    @Override
    public Result<byte[], KeyvalueError> get(String key) {
      Result<Optional<byte[]>, KeyvalueError> value = call(() -> store.get(key));
      if (value.isErr()) {
        return Result.err(value.unwrapErr());
      }
      return value
          .unwrap()
          .<Result<byte[], KeyvalueError>>map(Result::ok)
          .orElseGet(() -> Result.err(new KeyvalueError.KeyNotFound(store.name() + ":" + key)));
    }

    @Override
    public Result<Void, KeyvalueError> set(String key, byte[] value) {
      return call((Action) () -> store.set(key, value));
    }

    @Override
    public Result<List<String>, KeyvalueError> keys() {
      return call(store::keys);
    }

    @Override
    public Result<Void, KeyvalueError> delete(String key) {
      return call((Action) () -> store.delete(key));
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        live.decrementAndGet();
      }
    }
  }
}
