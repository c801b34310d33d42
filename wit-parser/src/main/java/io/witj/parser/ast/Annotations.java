package io.witj.parser.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What precedes an item: its documentation (all comments directly before it, joined as the
 * reference parser does; null when none) and its attributes in source order.
 */
public record Annotations(@Nullable String docs, List<Attribute> attributes) {
  public static final Annotations NONE = new Annotations(null, List.of());

  public <A extends Attribute> @Nullable A find(Class<A> kind) {
    for (Attribute attribute : attributes) {
      if (kind.isInstance(attribute)) {
        return kind.cast(attribute);
      }
    }
    return null;
  }
}
