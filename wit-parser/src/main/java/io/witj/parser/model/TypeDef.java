package io.witj.parser.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@link Resolve#types()} arena. Anonymous types ({@code list<u8>}, {@code
 * option<t>}, handles, …) have a null {@code name} and {@code owner}; {@code docs} is null when
 * empty.
 */
public record TypeDef(
    @Nullable String name,
    TypeDefKind kind,
    @Nullable TypeOwner owner,
    @Nullable String docs,
    Stability stability) {

  /**
   * The name of a named type (declared records, resources, aliases, …); anonymous ones have none.
   */
  public String requireName() {
    return Objects.requireNonNull(name, "an anonymous type has no name");
  }
}
