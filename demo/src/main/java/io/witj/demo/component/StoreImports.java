package io.witj.demo.component;

import io.witj.demo.bindings.witj_demo.keyvalue.Store;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueException;
import io.witj.demo.kv.KeyValueStore;
import io.witj.runtime.Result;
import java.util.List;
import java.util.Optional;

/**
 * The guest's {@code witj-demo:keyvalue/store} imports on a {@link KeyValueBackend}: every backend
 * failure becomes the matching {@code error} case, so no exception reaches the glue.
 */
final class StoreImports implements Store {
  private final KeyValueBackend backend;

  StoreImports(KeyValueBackend backend) {
    this.backend = backend;
  }

  @Override
  public Result<Bucket, Error> bucketOpen(String name) {
    try {
      return Result.ok(new OpenBucket(backend.open(name)));
    } catch (KeyValueException e) {
      return Result.err(error(e));
    }
  }

  static Error error(KeyValueException e) {
    String message = String.valueOf(e.getMessage());
    return switch (e.kind()) {
      case CONNECTION -> new Error.Connection(message);
      case AUTHENTICATION -> new Error.Authentication(message);
      case TIMEOUT -> new Error.Timeout(message);
      case IO -> new Error.Io(message);
      case OTHER -> new Error.Other(message);
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

  private static <T> Result<T, Error> call(Operation<T> operation) {
    try {
      return Result.ok(operation.run());
    } catch (KeyValueException e) {
      return Result.err(error(e));
    }
  }

  private static Result<Void, Error> call(Action action) {
    try {
      action.run();
      return Result.ok();
    } catch (KeyValueException e) {
      return Result.err(error(e));
    }
  }

  private static final class OpenBucket implements Bucket {
    private final KeyValueStore store;

    OpenBucket(KeyValueStore store) {
      this.store = store;
    }

    @Override
    public Result<Optional<byte[]>, Error> get(String key) {
      return call(() -> store.get(key));
    }

    @Override
    public Result<Void, Error> set(String key, byte[] value) {
      return call((Action) () -> store.set(key, value));
    }

    @Override
    public Result<Void, Error> delete(String key) {
      return call((Action) () -> store.delete(key));
    }

    @Override
    public Result<Boolean, Error> exists(String key) {
      return call(() -> store.exists(key));
    }

    @Override
    public Result<List<String>, Error> keys() {
      return call(store::keys);
    }
  }
}
