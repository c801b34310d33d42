package io.witj.parser.resolve;

import io.witj.parser.ast.Annotations;
import io.witj.parser.ast.Attribute;
import io.witj.parser.model.Stability;
import java.util.ArrayList;
import java.util.List;

/** Turns the feature-gate attributes written on an item into its {@link Stability}. */
final class Gates {
  private Gates() {}

  static Stability stability(Annotations annotations) {
    List<Attribute> gates = new ArrayList<>();
    for (Attribute attribute : annotations.attributes()) {
      if (!(attribute instanceof Attribute.ExternalId)) {
        gates.add(attribute);
      }
    }
    if (gates.isEmpty()) {
      return Stability.UNKNOWN;
    }
    if (gates.size() == 1) {
      Attribute only = gates.get(0);
      if (only instanceof Attribute.Since since) {
        return new Stability.Stable(since.version(), null);
      }
      if (only instanceof Attribute.Unstable unstable) {
        return new Stability.Unstable(unstable.feature().name(), null);
      }
      throw Errors.at(only.span(), "must pair @deprecated with either @since or @unstable");
    }
    if (gates.size() == 2) {
      Attribute a = gates.get(0);
      Attribute b = gates.get(1);
      Attribute.Deprecated deprecated =
          a instanceof Attribute.Deprecated d
              ? d
              : b instanceof Attribute.Deprecated d2 ? d2 : null;
      Attribute other = deprecated == a ? b : a;
      if (deprecated != null && other instanceof Attribute.Since since) {
        return new Stability.Stable(since.version(), deprecated.version());
      }
      if (deprecated != null && other instanceof Attribute.Unstable unstable) {
        return new Stability.Unstable(unstable.feature().name(), deprecated.version());
      }
    }
    throw Errors.at(gates.get(1).span(), "unsupported combination of attributes");
  }
}
