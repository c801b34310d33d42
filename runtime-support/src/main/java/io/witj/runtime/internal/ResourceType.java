package io.witj.runtime.internal;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A runtime resource type (the spec's {@code ResourceType}): compared by identity, so two types
 * with the same name are still different, and carrying the destructor run when the last owning
 * handle of a resource is dropped.
 *
 * <p>For a resource the host implements (an imported resource) the representation {@code T} is the
 * host object and the destructor usually closes it ({@link #closing}). For a resource the guest
 * implements (an exported resource) the representation is the guest's {@code i32} rep and the
 * destructor calls the guest's {@code [dtor]} export (or nothing when it has none).
 *
 * @param <T> the representation kept in a {@link HandleTable}
 */
public final class ResourceType<T> {
  private final String name;
  private final Consumer<? super T> destructor;
  private final boolean hostObjects;

  private ResourceType(String name, Consumer<? super T> destructor, boolean hostObjects) {
    this.name = Objects.requireNonNull(name, "name");
    this.destructor = Objects.requireNonNull(destructor, "destructor");
    this.hostObjects = hostObjects;
  }

  /**
   * A resource type with a destructor hook.
   *
   * @param name the WIT name used in messages, e.g. {@code wasi:http/types#fields}
   */
  public static <T> ResourceType<T> of(String name, Consumer<? super T> destructor) {
    return new ResourceType<>(name, destructor, false);
  }

  /** A resource type whose destructor does nothing. */
  public static <T> ResourceType<T> withoutDestructor(String name) {
    return new ResourceType<>(name, rep -> {}, false);
  }

  /**
   * A resource type of host objects whose destructor calls {@link AutoCloseable#close()}; a checked
   * exception from {@code close()} is rethrown wrapped in an {@link IllegalStateException}.
   */
  public static <T extends AutoCloseable> ResourceType<T> closing(String name) {
    return new ResourceType<>(
        name,
        rep -> {
          try {
            rep.close();
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new IllegalStateException("closing a " + name + " failed", e);
          }
        },
        true);
  }

  /**
   * Whether the representations are host objects that the destructor closes (types made by {@link
   * #closing}): {@link GuestInstance#close()} closes those the guest still owns.
   */
  public boolean hostObjects() {
    return hostObjects;
  }

  /** The WIT name used in messages. */
  public String name() {
    return name;
  }

  /** Runs the destructor on {@code rep}. */
  public void destroy(T rep) {
    destructor.accept(rep);
  }

  @Override
  public String toString() {
    return "resource " + name;
  }
}
