package io.witj.runtime;

/**
 * The Java form of a WIT {@code tuple} with 2 members: members are named {@code t0}, {@code t1},
 * ... in declaration order (the same convention in every {@code TupleN}).
 *
 * @param t0 member 0
 * @param t1 member 1
 * @param <T0> the type of member 0
 * @param <T1> the type of member 1
 */
public record Tuple2<T0, T1>(T0 t0, T1 t1) {}
