package io.witj.runtime.internal;

import io.witj.runtime.ResourceReleasedException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The host's owning reference to one resource that the guest implements (an exported resource),
 * identified by the guest's {@code i32} representation. Generated wrapper classes of exported
 * resources hold one.
 *
 * <p>The host is the owner while it holds this object: {@link #close()} runs the type's destructor
 * (the guest's {@code [dtor]} export) exactly once. Passing the resource to the guest as {@code
 * borrow<R>} uses {@link #rep()} directly (the spec's shortcut for the implementing instance);
 * passing it as {@code own<R>} moves ownership with {@link #transfer}, after which closing does
 * nothing and every use throws {@link ResourceReleasedException} naming the call that took it.
 */
public final class GuestResource implements AutoCloseable {
  private final ResourceType<Integer> type;
  private final int rep;
  private boolean released;

  /** The function that took the resource as {@code own<R>}; null while owned or when closed. */
  private @Nullable String movedBy;

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
   * @throws ResourceReleasedException if the resource was closed or transferred
   */
  public int rep() {
    if (released) {
      String what = type.name() + " (rep " + rep + ")";
      throw new ResourceReleasedException(
          type.name(),
          movedBy != null
              ? what + " was moved to the guest by " + movedBy + "; it can no longer be used"
              : what + " was closed; it can no longer be used");
    }
    return rep;
  }

  /**
   * Gives up ownership to {@code function}, which passes the resource as {@code own<R>}; the caller
   * adds the returned rep to the guest's {@link HandleTable} with {@link HandleTable#addOwn}.
   *
   * @throws ResourceReleasedException if the resource was closed or transferred before
   */
  public int transfer(String function) {
    int r = rep();
    released = true;
    movedBy = function;
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
