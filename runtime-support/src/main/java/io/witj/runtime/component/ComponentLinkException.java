package io.witj.runtime.component;

import io.witj.runtime.GuestLoadException;

/**
 * A component cannot be linked: an import nothing provides (with the interface, function and what
 * would provide it), a core type mismatch between a lowered function and the module importing it,
 * an instantiation Chicory refuses. The message names the core instance and import involved. A
 * {@link GuestLoadException}, like every other reason a guest cannot be loaded.
 */
public class ComponentLinkException extends GuestLoadException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, in words
   */
  public ComponentLinkException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong, in words
   * @param cause the Chicory exception behind it
   */
  public ComponentLinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
