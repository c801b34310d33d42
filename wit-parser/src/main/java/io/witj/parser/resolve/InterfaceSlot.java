package io.witj.parser.resolve;

import io.witj.parser.model.Function;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Stability;
import java.util.Collections;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;

/** An interface while it is being resolved; maps keep insertion order. */
final class InterfaceSlot {
  @Nullable String name;
  LinkedHashMap<String, Integer> types = new LinkedHashMap<>();
  LinkedHashMap<String, Function> functions = new LinkedHashMap<>();
  @Nullable String docs;
  Stability stability = Stability.UNKNOWN;
  int packageId = -1;

  Interface freeze() {
    return new Interface(
        name,
        Collections.unmodifiableMap(types),
        Collections.unmodifiableMap(functions),
        docs,
        stability,
        packageId);
  }
}
