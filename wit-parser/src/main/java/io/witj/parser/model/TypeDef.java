package io.witj.parser.model;

/**
 * One entry of the {@link Resolve#types()} arena. Anonymous types ({@code list<u8>}, {@code
 * option<t>}, handles, …) have a null {@code name} and {@code owner}; {@code docs} is null when
 * empty.
 */
public record TypeDef(
    String name, TypeDefKind kind, TypeOwner owner, String docs, Stability stability) {}
