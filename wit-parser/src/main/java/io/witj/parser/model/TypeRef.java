package io.witj.parser.model;

/** A reference to the type definition at index {@code id} of {@link Resolve#types()}. */
public record TypeRef(int id) implements Type {}
