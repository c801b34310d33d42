package io.witj.parser.model;

import org.jspecify.annotations.Nullable;

/**
 * Feature-gate information of an item after resolution: {@code @since} (stable), {@code
 * @unstable(feature = …)}, optionally deprecated, or unknown when the item carries no gate.
 */
public sealed interface Stability {
  Unknown UNKNOWN = new Unknown();

  /** No gate was written on the item. */
  record Unknown() implements Stability {}

  /**
   * {@code @since(version = since)}, with {@code deprecated} the version of {@code @deprecated} or
   * null.
   */
  record Stable(String since, @Nullable String deprecated) implements Stability {}

  /** {@code @unstable(feature = feature)}, with {@code deprecated} or null. */
  record Unstable(String feature, @Nullable String deprecated) implements Stability {}
}
