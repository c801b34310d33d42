package io.witj.runtime.internal;

/**
 * The guest allocator protocol of the Canonical ABI ({@code cabi_realloc}): allocate ({@code oldPtr
 * == 0, oldSize == 0}), grow or shrink a block. Pointers and sizes are unsigned 32-bit values
 * carried in Java {@code int}s.
 *
 * <p>Implementations only perform the call; {@link CanonContext#reallocate} validates every result
 * (alignment, bounds, no overflow) before anything is written, so a test allocator and the real
 * guest export ({@link GuestRealloc}) are held to the same checks.
 */
@FunctionalInterface
public interface Realloc {
  /**
   * Allocates a block, or resizes the block at {@code oldPtr} of {@code oldSize} bytes.
   *
   * @return the address of the (new) block of {@code newSize} bytes aligned to {@code align}
   */
  int realloc(int oldPtr, int oldSize, int align, int newSize);

  /** The allocator's name in trap messages: the guest export it calls. */
  default String name() {
    return GuestRealloc.EXPORT_NAME;
  }
}
