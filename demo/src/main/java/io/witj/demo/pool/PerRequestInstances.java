package io.witj.demo.pool;

import java.util.function.Supplier;

/**
 * A fresh instance for every request, closed when the request ends: no state survives a request, a
 * trap never affects another one. Instantiation is the price; there is no limit besides the
 * server's worker threads.
 */
public final class PerRequestInstances<T extends AutoCloseable> implements Instances<T> {
  private final Supplier<T> factory;

  public PerRequestInstances(Supplier<T> factory) {
    this.factory = factory;
  }

  @Override
  public Lease<T> acquire() {
    T instance = factory.get();
    return new Lease<>() {
      @Override
      public T instance() {
        return instance;
      }

      @Override
      public void release() {
        Instances.closeQuietly(instance);
      }

      @Override
      public void discard() {
        Instances.closeQuietly(instance);
      }
    };
  }

  @Override
  public String describe() {
    return "a new instance per request";
  }

  @Override
  public void close() {}
}
