package io.witj.parser.model;

/**
 * A use of a type: either a {@link PrimitiveType} or a {@link TypeRef} to a definition in the
 * {@link Resolve#types()} arena.
 */
public sealed interface Type permits PrimitiveType, TypeRef {}
