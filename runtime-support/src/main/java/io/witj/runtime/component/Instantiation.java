package io.witj.runtime.component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code (core instance (instantiate m (with "name" (instance i))*))} of a component, in the
 * order the component defines them (which is the order to instantiate them in).
 *
 * @param index the position among the component's instantiations
 * @param module the core module instantiated ({@link ComponentGraph#modules()} index)
 * @param args the instance given for each import module name
 */
public record Instantiation(int index, int module, Map<String, CoreInstanceRef> args) {
  /** Copies the arguments. */
  public Instantiation {
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }
}
