package io.witj.runtime.internal;

import java.util.Objects;

/**
 * The host's owning reference to one resource that the guest implements (an exported resource),
 * identified by the guest's {@code i32} representation. Generated wrapper classes of exported
 * resources hold one.
 *
 * <p>The host is the owner while it holds this object: {@link #close()} runs the type's destructor
 * (the guest's {@code [dtor]} export) exactly once. Passing the resource to the guest as {@code
 * borrow<R>} uses {@link #rep()} directly (the spec's shortcut for the implementing instance);
 * passing it as {@code own<R>} moves ownership with {@link #transfer()}, after which closing does
 * nothing and every use throws {@link IllegalStateException}.
 */
public final class GuestResource implements AutoCloseable {
  private final ResourceType<Integer> type;
  private final int rep;
  private boolean released;

  /**
   * Takes ownership of the resource {@code rep} of {@code type} (e.g. lifted from an {@code
   * own<R>}).
   */
  public GuestResource(ResourceType<Integer> type, int rep) {
    this.type = Objects.requireNonNull(type, "type");
    this.rep = rep;
  }

  /** The resource type. */
  public ResourceType<Integer> type() {
    return type;
  }

  /**
   * The representation, to pass as a {@code borrow<R>}.
   *
   * @throws IllegalStateException if the resource was closed or transferred
   */
  public int rep() {
    if (released) {
      throw new IllegalStateException(
          type.name() + " rep " + rep + " was already dropped or moved");
    }
    return rep;
  }

  /**
   * Gives up ownership (for passing as {@code own<R>}); the caller adds the returned rep to the
   * guest's {@link HandleTable} with {@link HandleTable#addOwn}.
   */
  public int transfer() {
    int r = rep();
    released = true;
    return r;
  }

  /** Whether the resource was closed or transferred. */
  public boolean isReleased() {
    return released;
  }

  /** Drops the resource: runs the destructor once; later calls do nothing. */
  @Override
  public void close() {
    if (!released) {
      released = true;
      type.destroy(rep);
    }
  }

  @Override
  public String toString() {
    return type.name() + "(rep " + rep + (released ? ", released)" : ")");
  }
}
