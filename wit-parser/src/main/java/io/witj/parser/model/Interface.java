package io.witj.parser.model;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@link Resolve#interfaces()} arena. {@code name} is null for an inline {@code
 * import x: interface { … }} of a world, {@code packageId} is -1 only for such inline interfaces of
 * no package. Maps keep source order.
 */
public record Interface(
    @Nullable String name,
    Map<String, Integer> types,
    Map<String, Function> functions,
    @Nullable String docs,
    Stability stability,
    int packageId) {

  /** The name of an interface declared in a package; inline interfaces of worlds have none. */
  public String requireName() {
    return Objects.requireNonNull(name, "an inline interface has no name");
  }
}
