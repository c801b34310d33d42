package io.witj.demo.pool;

/**
 * Where requests get guest instances (Chicory instances are not thread-safe: one request at a time
 * each): a bounded {@link InstancePool}, or a fresh instance per request ({@link
 * PerRequestInstances}, what Spiderlightning and {@code wasmtime serve} do). Generic, so that it
 * knows nothing of any guest's bindings.
 */
public interface Instances<T extends AutoCloseable> extends AutoCloseable {
  /**
   * Lends an instance, creating one if needed.
   *
   * @throws NoInstanceException when none is free within the bounded wait
   * @throws RuntimeException when creating an instance failed
   */
  Lease<T> acquire() throws NoInstanceException, InterruptedException;

  /** How instances are handed out, for the server's start line. */
  String describe();

  /** Closes idle instances; instances on lease are closed when they come back. */
  @Override
  void close();

  /** Closes {@code instance}, ignoring what its close throws (it is being dropped anyway). */
  static void closeQuietly(AutoCloseable instance) {
    try {
      instance.close();
    } catch (Exception e) {
      // a guest instance that fails to close is dropped all the same
    }
  }
}
