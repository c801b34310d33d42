package io.witj.runtime.component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A core instance given to an instantiation: one the component instantiated earlier, or a bag of
 * inline exports ({@code (core instance (export "f" (func 3)) ...)}).
 */
public sealed interface CoreInstanceRef
    permits CoreInstanceRef.Instantiated, CoreInstanceRef.Inline {

  /** The instance made by {@link ComponentGraph#instantiations()} entry {@code instantiation}. */
  record Instantiated(int instantiation) implements CoreInstanceRef {}

  /** Inline exports, already resolved to the items they name. */
  record Inline(Map<String, CoreItem> exports) implements CoreInstanceRef {
    /** Copies the exports. */
    public Inline {
      exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }
  }
}
