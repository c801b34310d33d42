package io.witj.runtime;

/**
 * The host used the Java object of a guest's resource (an exported resource) that it no longer
 * owns: it was moved to the guest as an {@code own<R>} argument, or closed. The message says which,
 * naming the resource and, for a move, the call that took it; the guest instance is unaffected (the
 * mistake is the host's, caught before anything reached the guest).
 */
public class ResourceReleasedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String resource;

  /**
   * @param resource the WIT resource type, e.g. {@code demo:kv/handler#session}
   * @param message what happened to it, in words
   */
  public ResourceReleasedException(String resource, String message) {
    super(message);
    this.resource = resource;
  }

  /** The WIT resource type, e.g. {@code demo:kv/handler#session}. */
  public String resource() {
    return resource;
  }
}
