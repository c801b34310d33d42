package io.witj.demo.pool;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * At most {@code size} instances, reused across requests (most recently returned first, so a
 * lightly loaded server keeps few warm). An instance on lease is used by one request at a time; a
 * discarded one (trap, timeout) is closed and replaced by a new one on a later acquire. A request
 * waits for a free instance at most {@code wait}.
 */
public final class InstancePool<T extends AutoCloseable> implements Instances<T> {
  private final Supplier<T> factory;
  private final int size;
  private final Duration wait;
  private final Semaphore leases;
  private final ConcurrentLinkedDeque<T> idle = new ConcurrentLinkedDeque<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  public InstancePool(Supplier<T> factory, int size, Duration wait) {
    if (size < 1) {
      throw new IllegalArgumentException("pool size must be at least 1, not " + size);
    }
    this.factory = factory;
    this.size = size;
    this.wait = wait;
    this.leases = new Semaphore(size, true);
  }

  /** Creates {@code count} instances now (at most the pool size), so first requests find them. */
  public void prewarm(int count) {
    for (int i = idle.size(); i < Math.min(count, size); i++) {
      idle.push(factory.get());
    }
  }

  /** Instances created and not on lease. */
  public int idleCount() {
    return idle.size();
  }

  @Override
  public Lease<T> acquire() throws NoInstanceException, InterruptedException {
    if (!leases.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
      throw new NoInstanceException(
          "all " + size + " instances busy for " + wait.toMillis() + " ms");
    }
    T instance = idle.poll();
    if (instance == null) {
      try {
        instance = factory.get();
      } catch (RuntimeException | Error e) {
        leases.release();
        throw e;
      }
    }
    return new PooledLease(instance);
  }

  @Override
  public String describe() {
    return "a pool of " + size + " instances";
  }

  @Override
  public void close() {
    closed.set(true);
    for (T instance; (instance = idle.poll()) != null; ) {
      Instances.closeQuietly(instance);
    }
  }

  private final class PooledLease implements Lease<T> {
    private final T instance;
    private final AtomicBoolean ended = new AtomicBoolean();

    PooledLease(T instance) {
      this.instance = instance;
    }

    @Override
    public T instance() {
      return instance;
    }

    @Override
    public void release() {
      if (ended.compareAndSet(false, true)) {
        if (closed.get()) {
          Instances.closeQuietly(instance);
        } else {
          idle.push(instance);
        }
        leases.release();
      }
    }

    @Override
    public void discard() {
      if (ended.compareAndSet(false, true)) {
        Instances.closeQuietly(instance);
        leases.release();
      }
    }
  }
}
