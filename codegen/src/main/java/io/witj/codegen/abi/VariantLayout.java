package io.witj.codegen.abi;

import io.witj.parser.model.Type;
import java.util.Collections;
import java.util.List;

/**
 * The layout of a variant after the spec's despecialization: a {@code variant}, {@code enum} (no
 * payloads), {@code option} (cases {@code none}, {@code some}) or {@code result} (cases {@code ok},
 * {@code error}). The discriminant sits at offset 0 and every payload at {@code payloadOffset}.
 * {@code payloads.get(i)} is null for a case without payload. Flat, the variant is one {@code i32}
 * discriminant followed by {@code layout.flat().size() - 1} joined payload slots; {@link
 * #payloadSlots()} are those slots.
 */
public record VariantLayout(
    List<String> caseNames,
    List<Type> payloads,
    Discriminant discriminant,
    int payloadOffset,
    TypeLayout layout) {
  public VariantLayout {
    caseNames = List.copyOf(caseNames);
    payloads = Collections.unmodifiableList(payloads);
  }

  /** The joined core types of the payload slots (the flat types after the discriminant). */
  public List<CoreType> payloadSlots() {
    return layout.flat().subList(1, layout.flat().size());
  }

  /** Index of the case called {@code name}, or -1. */
  public int caseIndex(String name) {
    return caseNames.indexOf(name);
  }
}
