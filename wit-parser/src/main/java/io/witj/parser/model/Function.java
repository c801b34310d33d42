package io.witj.parser.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resolved function. Resource functions carry their mangled name ({@code [constructor]r}, {@code
 * [method]r.f}, {@code [static]r.f}); methods have an explicit first parameter {@code self} of type
 * {@code borrow<r>} and constructors return {@code own<r>}. {@code result} is null when the
 * function returns nothing; {@code docs} is null when empty.
 */
public record Function(
    String name,
    FunctionKind kind,
    List<Param> params,
    @Nullable Type result,
    @Nullable String docs,
    Stability stability) {

  public record Param(String name, Type type) {}
}
