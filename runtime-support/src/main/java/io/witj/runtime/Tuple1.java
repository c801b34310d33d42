package io.witj.runtime;

/**
 * The Java form of a WIT {@code tuple} with 1 member: members are named {@code t0}, {@code t1}, ...
 * in declaration order (the same convention in every {@code TupleN}).
 *
 * @param t0 member 0
 * @param <T0> the type of member 0
 */
public record Tuple1<T0>(T0 t0) {}
