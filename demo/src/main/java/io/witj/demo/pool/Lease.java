package io.witj.demo.pool;

/**
 * An instance lent for one request. End every lease exactly once: {@link #release} when the
 * instance is fine, {@link #discard} when it trapped, timed out or is otherwise suspect.
 */
public interface Lease<T> {
  T instance();

  /** Gives the instance back for reuse (per-request instances are closed). */
  void release();

  /** Closes the instance; it is never used again. */
  void discard();
}
